package org.alliancehub.search.analysis.shim;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** The built-in {@code portuguese} analyzer: stop words and light stemming. */
@NamedComponent("portuguese")
public class PortugueseAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new PortugueseAnalyzer();
    }
}
