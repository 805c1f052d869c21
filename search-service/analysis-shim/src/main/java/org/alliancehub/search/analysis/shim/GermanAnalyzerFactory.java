package org.alliancehub.search.analysis.shim;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** The built-in {@code german} analyzer: stop words, umlaut normalization and light stemming. */
@NamedComponent("german")
public class GermanAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new GermanAnalyzer();
    }
}
