package org.alliancehub.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Security on a local node, as a production cluster has it: TLS on HTTP, with a certificate made for
 * loopback (self-signed: it is its own CA, which the clients are given), and a superuser in the
 * node's file realm. The distribution's own tools do the work: the JDK's keytool, Elasticsearch's
 * elasticsearch-users.
 */
public record ElasticsearchSecurity(String user, String password) {

    /** In the node's configuration folder: Elasticsearch reads certificates only from there. */
    static final String CERTIFICATE = "certs/http.crt";
    static final String KEY = "certs/http.key";

    /** A superuser with a password made for this node. */
    public static ElasticsearchSecurity superuser(String user) {
        return new ElasticsearchSecurity(user, UUID.randomUUID() + "-" + UUID.randomUUID());
    }

    /** The settings that turn security on. */
    List<String> settings() {
        return List.of(
                "xpack.security.enabled: true",
                "xpack.security.http.ssl.enabled: true",
                "xpack.security.http.ssl.key: " + KEY,
                "xpack.security.http.ssl.certificate: " + CERTIFICATE,
                // a single node on loopback: no transport between nodes to protect
                "xpack.security.transport.ssl.enabled: false");
    }

    /** Writes the certificate and its key into the configuration folder, and the user into the file realm. */
    void install(Path home, Path config) {
        try {
            Path certs = config.resolve("certs");
            Files.createDirectories(certs);
            if (!Files.exists(config.resolve(CERTIFICATE))) {
                makeCertificate(certs, config.resolve(CERTIFICATE), config.resolve(KEY));
            }
            Path log = home.resolve("logs/elasticsearch-users.log");
            Path realm = config.resolve("users");
            // a node started again keeps its user, with this start's password
            boolean known = Files.exists(realm) && Files.readAllLines(realm).stream().anyMatch(l -> l.startsWith(user + ":"));
            List<String> command = known
                    ? List.of(home.resolve("bin/elasticsearch-users").toString(), "passwd", user, "-p", password)
                    : List.of(home.resolve("bin/elasticsearch-users").toString(), "useradd", user, "-p", password, "-r", "superuser");
            ChildProcess users = ChildProcess.start("elasticsearch-users", command,
                    home, Map.of("ES_JAVA_HOME", ElasticsearchNode.javaHome(), "ES_PATH_CONF", config.toString()), log);
            if (!users.waitFor(Duration.ofMinutes(1)) || users.exitValue() != 0 || !Files.readString(realm).contains(user + ":")) {
                users.stop(5);
                throw new StackException("Adding the user " + user + " to the node's file realm failed:\n" + users.logTail());
            }
        } catch (IOException e) {
            throw new StackException("Could not secure Elasticsearch in " + config + ": " + e.getMessage(), e);
        }
    }

    private static void makeCertificate(Path certs, Path certificate, Path key) throws IOException {
        String storePassword = UUID.randomUUID().toString();
        Path store = certs.resolve("http.p12");
        Files.deleteIfExists(store);
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "http", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-ext", "BC:c", "-validity", "30", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", storePassword, "-keypass", storePassword)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (keytool.waitFor() != 0) {
                throw new StackException("keytool could not make the node's certificate: " + output);
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, storePassword.toCharArray());
            }
            PrivateKey privateKey = (PrivateKey) keys.getKey("http", storePassword.toCharArray());
            Files.writeString(key, pem("PRIVATE KEY", privateKey.getEncoded()));
            Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            Files.writeString(certificate, pem("CERTIFICATE", keys.getCertificate("http").getEncoded()));
            Files.delete(store);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while making the node's certificate");
        } catch (java.security.GeneralSecurityException e) {
            throw new StackException("Could not read the node's certificate: " + e.getMessage(), e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    /** The value of the Authorization header the user signs in with. */
    public String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A TLS context that trusts the one certificate. */
    public static SSLContext trusting(Path certificate) {
        try (InputStream in = Files.newInputStream(certificate)) {
            Certificate ca = CertificateFactory.getInstance("X.509").generateCertificate(in);
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry("node", ca);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new StackException("Cannot trust " + certificate + ": " + e.getMessage(), e);
        }
    }
}
