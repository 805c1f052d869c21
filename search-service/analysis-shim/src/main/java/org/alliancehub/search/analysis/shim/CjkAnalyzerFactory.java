package org.alliancehub.search.analysis.shim;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** The built-in {@code cjk} analyzer: overlapping bigrams of Chinese, Japanese and Korean characters. */
@NamedComponent("cjk")
public class CjkAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new CJKAnalyzer();
    }
}
