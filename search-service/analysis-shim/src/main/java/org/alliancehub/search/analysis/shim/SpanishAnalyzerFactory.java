package org.alliancehub.search.analysis.shim;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** The built-in {@code spanish} analyzer: stop words and light stemming (which also folds accents). */
@NamedComponent("spanish")
public class SpanishAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new SpanishAnalyzer();
    }
}
