package org.alliancehub.stack;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Several local Elasticsearch nodes on loopback forming one cluster, every node master-eligible
 * and holding data, as a small production cluster is: one node can be lost (killed, frozen) and
 * started again while the other two keep a quorum.
 */
public final class ElasticsearchCluster implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ElasticsearchCluster.class.getName());

    private final List<ElasticsearchNode> nodes;

    private ElasticsearchCluster(List<ElasticsearchNode> nodes) {
        this.nodes = nodes;
    }

    /**
     * Starts {@code size} nodes sharing one installation; node {@code i} keeps its data in
     * {@code dataDirectory/node-i} and its logs in {@code logDirectory/node-i}. With an HTTP port in
     * {@code base}, the nodes listen on it and the following ports; with 0, on free ones.
     */
    public static ElasticsearchCluster start(ElasticsearchNode.Settings base, int size) {
        if (size < 3) {
            throw new StackException("A cluster that survives the loss of a node needs at least three nodes, not " + size);
        }
        List<String> names = IntStream.rangeClosed(1, size).mapToObj(i -> "alliancehub-node-" + i).toList();
        List<Integer> transportPorts = IntStream.range(0, size).mapToObj(i -> FreePort.find()).toList();
        List<ElasticsearchNode> started = new ArrayList<>();
        try {
            for (int i = 0; i < size; i++) {
                int httpPort = base.httpPort() == 0 ? 0 : base.httpPort() + i;
                started.add(ElasticsearchNode.launch(new ElasticsearchNode.Settings(base.distribution(), base.analysisShim(),
                        base.installRoot(), base.dataDirectory().resolve("node-" + (i + 1)),
                        base.logDirectory().resolve("node-" + (i + 1)), httpPort, base.heap(),
                        new ElasticsearchNode.Membership(names.get(i), transportPorts.get(i), transportPorts, names))));
            }
            for (ElasticsearchNode node : started) {
                node.awaitUp();
            }
            ElasticsearchCluster cluster = new ElasticsearchCluster(started);
            cluster.awaitHealth("green", Duration.ofMinutes(3));
            LOG.info(() -> "Elasticsearch cluster of " + size + " nodes is up at " + cluster.urls());
            return cluster;
        } catch (RuntimeException e) {
            started.forEach(ElasticsearchNode::close);
            throw e;
        }
    }

    /** Every node's address, comma-separated: how the services are told of a cluster. */
    public String urls() {
        return nodes.stream().map(ElasticsearchNode::url).collect(Collectors.joining(","));
    }

    public int size() {
        return nodes.size();
    }

    public ElasticsearchNode node(int index) {
        return nodes.get(index);
    }

    /** The index of the node that is the elected master now, as any running node sees it. */
    public int masterIndex() {
        String master = anyRunning().map(n -> body(n.url() + "/_cat/master?h=node").strip())
                .orElseThrow(() -> new StackException("No Elasticsearch node is running"));
        for (int i = 0; i < nodes.size(); i++) {
            if (master.equals(nodes.get(i).settings().membership().nodeName())) {
                return i;
            }
        }
        throw new StackException("The master '" + master + "' is not one of this cluster's nodes");
    }

    /** Kills node {@code index} (SIGKILL). */
    public void kill(int index) {
        nodes.get(index).kill();
    }

    /** Starts node {@code index} again with its data, ports and name; it rejoins the cluster. */
    public void restart(int index) {
        ElasticsearchNode node = nodes.get(index);
        if (node.isRunning()) {
            return;
        }
        ElasticsearchNode again = ElasticsearchNode.launch(node.settings());
        again.awaitUp();
        nodes.set(index, again);
    }

    /**
     * Waits until the cluster reports {@code status} (green: every shard and replica assigned) with
     * all its nodes; returns the health answer.
     */
    public String awaitHealth(String status, Duration timeout) {
        String query = "/_cluster/health?wait_for_status=" + status + "&wait_for_nodes=" + nodes.size() + "&timeout=1s";
        // the health API answers 408 while the wait is not met, 200 when it is
        return HttpProbe.poll(() -> anyRunning().flatMap(n -> HttpProbe.body(URI.create(n.url() + query))), timeout)
                .orElseThrow(() -> new StackException("The cluster did not turn " + status + " with " + nodes.size()
                        + " nodes within " + timeout.toSeconds() + " s"));
    }

    private java.util.Optional<ElasticsearchNode> anyRunning() {
        return nodes.stream().filter(ElasticsearchNode::isRunning).findFirst();
    }

    private static String body(String url) {
        return HttpProbe.body(URI.create(url)).orElseThrow(() -> new StackException(url + " did not answer"));
    }

    @Override
    public void close() {
        nodes.forEach(ElasticsearchNode::close);
    }
}
