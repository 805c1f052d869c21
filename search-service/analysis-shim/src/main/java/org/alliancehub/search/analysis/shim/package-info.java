/**
 * The development-and-test analysis shim: Elasticsearch stable-plugin components that register
 * the standard analysis names of Elasticsearch's analysis-common module on the minimal local node,
 * each backed by the Lucene class Elasticsearch itself uses, so that the same index settings run
 * unchanged on a stock cluster.
 */
package org.alliancehub.search.analysis.shim;
