package org.alliancehub.search.infrastructure.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.elasticsearch.client.RestClient;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.SimpleJsonpMapper;

/** Against a socket that accepts and never answers, as a frozen node does, each client gives up after its own wait. */
class ElasticsearchClientProducerTest {

    private ServerSocket silent;
    private final List<Socket> accepted = new ArrayList<>();
    private final List<RestClient> restClients = new ArrayList<>();

    @BeforeEach
    void silentNode() throws IOException {
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    accepted.add(silent.accept());
                }
            } catch (IOException closed) {
                // the test is over
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private ElasticsearchClients clients(int readMillis, int indexingMillis) {
        RestClient rest = ElasticsearchClientProducer.restClient("http://127.0.0.1:" + silent.getLocalPort(), readMillis);
        restClients.add(rest);
        // the same clients as in Payara, with a JSON-P mapper instead of JSON-B (no JSON-B provider outside Payara)
        return ElasticsearchClientProducer.clients(rest, new SimpleJsonpMapper(), readMillis, indexingMillis);
    }

    @AfterEach
    void close() throws IOException {
        for (RestClient rest : restClients) {
            rest.close();
        }
        silent.close();
        for (Socket s : accepted) {
            s.close();
        }
    }

    private static long millisToFail(ElasticsearchClient client) {
        long started = System.nanoTime();
        assertThatThrownBy(() -> client.cluster().health()).isInstanceOf(IOException.class);
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Test
    void readsHealthAndIndexingEachWaitTheirOwnTime() {
        ElasticsearchClients clients = clients(700, 1_800);
        assertThat(millisToFail(clients.reads())).isBetween(650L, 1_100L);
        assertThat(millisToFail(clients.health())).isBetween(650L, 1_100L);
        assertThat(millisToFail(clients.indexing())).isBetween(1_750L, 2_300L);

        assertThat(millisToFail(clients(5_000, 60_000).health())).as("health never waits past 1.5 s").isBetween(1_450L, 1_900L);
    }
}
