package org.alliancehub.search.infrastructure.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import java.nio.file.Path;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.io.TempDir;

import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the client sends a secured cluster, seen by a real HTTP(S) server standing in for a node
 * (the local test node runs without security): credentials, failover between nodes, and TLS
 * trusting only the CA it is given, with a certificate keytool makes for the test.
 */
class SecuredClusterConnectionTest {

    /** Made per run: no credential is written in the repository. */
    private static final String PASSWORD = java.util.UUID.randomUUID() + ":ñ";
    private static final String API_KEY = java.util.Base64.getEncoder()
            .encodeToString((java.util.UUID.randomUUID() + ":" + java.util.UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
    private static final String STORE_PASSWORD = java.util.UUID.randomUUID().toString();

    private HttpServer node;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void node() throws IOException {
        node = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        node.createContext("/", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        node.start();
    }

    @AfterEach
    void stop() {
        node.stop(0);
    }

    private String nodeUrl() {
        return "http://127.0.0.1:" + node.getAddress().getPort();
    }

    private void get(String urls, Optional<String> authorization) throws IOException {
        try (RestClient client = ElasticsearchClientProducer.restClient(urls, 2_000, authorization, Optional.empty())) {
            assertThat(client.performRequest(new Request("GET", "/")).getStatusLine().getStatusCode()).isEqualTo(200);
        }
    }

    @Test
    void aUserAndPasswordGoAsBasicAuthenticationAndAnApiKeyAsItself() throws IOException {
        get(nodeUrl(), ElasticsearchClientProducer.authorization(Optional.of("alliancehub"), Optional.of(PASSWORD), Optional.empty()));
        get(nodeUrl(), ElasticsearchClientProducer.authorization(Optional.empty(), Optional.empty(), Optional.of(API_KEY)));
        get(nodeUrl(), ElasticsearchClientProducer.authorization(Optional.of(" "), Optional.empty(), Optional.empty()));

        assertThat(authorizations).containsExactly(
                "Basic " + java.util.Base64.getEncoder().encodeToString(("alliancehub:" + PASSWORD).getBytes(StandardCharsets.UTF_8)),
                "ApiKey " + API_KEY,
                "null");
    }

    @Test
    void credentialsThatCannotBeMeantStopTheStart() {
        assertThatThrownBy(() -> ElasticsearchClientProducer.authorization(Optional.of("alliancehub"), Optional.empty(), Optional.empty()))
                .hasMessageContaining("password");
        assertThatThrownBy(() -> ElasticsearchClientProducer.authorization(Optional.of("alliancehub"), Optional.of("x"), Optional.of("key")))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> ElasticsearchClientProducer.restClient(" , ", 2_000, Optional.empty(), Optional.empty()))
                .hasMessageContaining("no node");
        assertThatThrownBy(() -> ElasticsearchClientProducer.trusting("/nonexistent/http_ca.crt"))
                .hasMessageContaining("ca-file");
    }

    @Test
    void withSeveralNodesARequestGoesOnToALiveOneWhenANodeIsDown() throws IOException {
        int down;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            down = closed.getLocalPort();
        }
        for (int i = 0; i < 4; i++) {
            get("http://127.0.0.1:" + down + ", " + nodeUrl(), Optional.empty());
        }
        assertThat(authorizations).hasSize(4);
    }

    @Test
    void overHttpsOnlyACertificateSignedByTheGivenCaIsTrusted(@TempDir Path keys) throws Exception {
        Path trusted = certificate(keys, "node");
        Path other = certificate(keys, "other");
        KeyStore store = KeyStore.getInstance("PKCS12");
        char[] secret = STORE_PASSWORD.toCharArray();
        try (var in = java.nio.file.Files.newInputStream(keys.resolve("node.p12"))) {
            store.load(in, secret);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(store, secret);
        SSLContext serverTls = SSLContext.getInstance("TLS");
        serverTls.init(keyManagers.getKeyManagers(), null, null);
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        https.createContext("/", exchange -> {
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        https.start();
        try {
            String url = "https://127.0.0.1:" + https.getAddress().getPort();
            try (RestClient client = ElasticsearchClientProducer.restClient(url, 2_000, Optional.empty(),
                    Optional.of(ElasticsearchClientProducer.trusting(trusted.toString())))) {
                assertThat(client.performRequest(new Request("GET", "/")).getStatusLine().getStatusCode()).isEqualTo(200);
            }
            try (RestClient client = ElasticsearchClientProducer.restClient(url, 2_000, Optional.empty(),
                    Optional.of(ElasticsearchClientProducer.trusting(other.toString())))) {
                assertThatThrownBy(() -> client.performRequest(new Request("GET", "/"))).isInstanceOf(IOException.class);
            }
        } finally {
            https.stop(0);
        }
    }

    /** A self-signed certificate for 127.0.0.1 in {@code name}.p12, and its PEM (the "CA") returned. */
    private static Path certificate(Path dir, String name) throws Exception {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Path store = dir.resolve(name + ".p12");
        Path pem = dir.resolve(name + ".crt");
        run(keytool, "-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + name,
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
        run(keytool, "-exportcert", "-rfc", "-alias", name, "-keystore", store.toString(), "-storepass", STORE_PASSWORD,
                "-file", pem.toString());
        return pem;
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
    }
}
