package org.alliancehub.search.analysis.shim;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** The built-in {@code italian} analyzer: elision, stop words and light stemming. */
@NamedComponent("italian")
public class ItalianAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new ItalianAnalyzer();
    }
}
