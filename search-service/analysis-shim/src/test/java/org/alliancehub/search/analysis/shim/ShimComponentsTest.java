package org.alliancehub.search.analysis.shim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.plugin.NamedComponent;
import org.junit.jupiter.api.Test;

class ShimComponentsTest {

    @Test
    void namedComponentsFileListsEveryComponentUnderItsName() throws IOException {
        String json;
        try (InputStream in = getClass().getResourceAsStream("/named_components.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher entry = Pattern.compile("\"([a-z_]+)\"\\s*:\\s*\"([\\w.]+)\"").matcher(json);
        Map<String, String> listed = new java.util.HashMap<>();
        while (entry.find()) {
            listed.put(entry.group(1), entry.group(2));
        }
        List<Class<?>> components = List.of(EnglishAnalyzerFactory.class, SpanishAnalyzerFactory.class,
                PortugueseAnalyzerFactory.class, FrenchAnalyzerFactory.class, GermanAnalyzerFactory.class,
                ItalianAnalyzerFactory.class, CjkAnalyzerFactory.class,
                LowercaseFilterFactory.class, AsciiFoldingFilterFactory.class, StemmerFilterFactory.class,
                EdgeNgramFilterFactory.class);
        assertThat(listed).hasSize(components.size());
        for (Class<?> component : components) {
            String name = component.getAnnotation(NamedComponent.class).value();
            assertThat(listed).containsEntry(name, component.getName());
        }
    }

    @Test
    void spanishAnalyzerStemsAndFoldsSoCaidaMatchesCaidas() throws IOException {
        try (Analyzer spanish = new SpanishAnalyzerFactory().create()) {
            assertThat(tokens(spanish, "Caídas")).isEqualTo(tokens(spanish, "caida"));
        }
    }

    @Test
    void cjkAnalyzerMakesBigramsOfChineseText() throws IOException {
        try (Analyzer cjk = new CjkAnalyzerFactory().create()) {
            assertThat(tokens(cjk, "防止坠落")).containsExactly("防止", "止坠", "坠落");
        }
    }

    @Test
    void portugueseAnalyzerStemsPlurals() throws IOException {
        try (Analyzer portuguese = new PortugueseAnalyzerFactory().create()) {
            assertThat(tokens(portuguese, "andaimes")).isEqualTo(tokens(portuguese, "andaime"));
        }
    }

    @Test
    void asciiFoldingCanPreserveTheOriginal() throws IOException {
        AsciiFoldingFilterFactory preserving = new AsciiFoldingFilterFactory(() -> true);
        assertThat(filter(preserving.create(tokenizer("sílice")))).containsExactly("silice", "sílice");
        assertThat(filter(preserving.normalize(tokenizer("sílice")))).containsExactly("silice");
    }

    @Test
    void stemmerPicksTheLuceneStemmerByLanguageName() throws IOException {
        StemmerFilterFactory lightSpanish = new StemmerFilterFactory(() -> "light_spanish");
        assertThat(filter(lightSpanish.create(tokenizer("andamios")))).containsExactly("andami");
        StemmerFilterFactory possessive = new StemmerFilterFactory(() -> "possessive_english");
        assertThat(filter(possessive.create(tokenizer("worker's")))).containsExactly("worker");
        assertThatThrownBy(() -> new StemmerFilterFactory(() -> "klingon"))
                .hasMessageContaining("no stemmer for language [klingon]");
    }

    @Test
    void edgeNgramsForAutocomplete() throws IOException {
        EdgeNgramFilterFactory grams = new EdgeNgramFilterFactory(new EdgeNgramFilterFactory.Settings() {
            public int minGram() { return 2; }
            public int maxGram() { return 4; }
            public boolean preserveOriginal() { return false; }
        });
        assertThat(filter(grams.create(tokenizer("heat")))).containsExactly("he", "hea", "heat");
    }

    private static TokenStream tokenizer(String text) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        return tokenizer;
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        return filter(analyzer.tokenStream("f", text));
    }

    private static List<String> filter(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }
}
