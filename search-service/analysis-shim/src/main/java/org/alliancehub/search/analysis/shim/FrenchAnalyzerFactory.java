package org.alliancehub.search.analysis.shim;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** The built-in {@code french} analyzer: elision, stop words and light stemming. */
@NamedComponent("french")
public class FrenchAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new FrenchAnalyzer();
    }
}
