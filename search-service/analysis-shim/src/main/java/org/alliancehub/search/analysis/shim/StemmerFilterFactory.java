package org.alliancehub.search.analysis.shim;

import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.es.SpanishPluralStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.StringSetting;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * The built-in {@code stemmer} token filter for the languages this project indexes, with the same
 * Lucene stemmer Elasticsearch picks for each {@code language} name.
 */
@NamedComponent("stemmer")
public class StemmerFilterFactory implements TokenFilterFactory {

    static final Map<String, UnaryOperator<TokenStream>> STEMMERS = Map.ofEntries(
            Map.entry("english", PorterStemFilter::new),
            Map.entry("porter", PorterStemFilter::new),
            Map.entry("light_english", KStemFilter::new),
            Map.entry("minimal_english", EnglishMinimalStemFilter::new),
            Map.entry("possessive_english", EnglishPossessiveFilter::new),
            Map.entry("porter2", in -> new SnowballFilter(in, new EnglishStemmer())),
            Map.entry("spanish", in -> new SnowballFilter(in, new SpanishStemmer())),
            Map.entry("light_spanish", SpanishLightStemFilter::new),
            Map.entry("spanish_plural", SpanishPluralStemFilter::new),
            Map.entry("portuguese", in -> new SnowballFilter(in, new PortugueseStemmer())),
            Map.entry("light_portuguese", PortugueseLightStemFilter::new),
            Map.entry("light_french", FrenchLightStemFilter::new));

    /** The filter's settings: {@code language} names the stemmer. */
    @AnalysisSettings
    public interface Settings {
        @StringSetting(path = "language", defaultValue = "english")
        String language();
    }

    private final UnaryOperator<TokenStream> stemmer;

    @Inject
    public StemmerFilterFactory(Settings settings) {
        String language = settings.language().toLowerCase(Locale.ROOT);
        this.stemmer = STEMMERS.get(language);
        if (stemmer == null) {
            throw new IllegalArgumentException("The analysis shim has no stemmer for language [" + language
                    + "]; it knows " + STEMMERS.keySet());
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return stemmer.apply(tokenStream);
    }
}
