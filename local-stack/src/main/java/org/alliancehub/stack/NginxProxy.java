package org.alliancehub.stack;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Debian's nginx in front of several Payara Micro instances on loopback, as the production proxy
 * of {@code docker/nginx.conf} is: one public port, a request id for every request, a failed
 * instance skipped for requests that can be repeated, metrics and health hidden. It runs as the
 * current user with everything (configuration, pid, temporary files, logs) in its own folder.
 */
public final class NginxProxy implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(NginxProxy.class.getName());

    /** Where Debian's nginx is, unless {@code ALLIANCEHUB_NGINX} names another binary. */
    private static final List<String> KNOWN_BINARIES = List.of("/usr/sbin/nginx", "/usr/bin/nginx");

    private final ChildProcess process;
    private final int port;

    private NginxProxy(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The nginx binary: {@code ALLIANCEHUB_NGINX}, else Debian's; empty when neither is there. */
    public static Optional<Path> binary() {
        String configured = System.getenv("ALLIANCEHUB_NGINX");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured.strip())).filter(Files::isExecutable);
        }
        return KNOWN_BINARIES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /**
     * Starts nginx on {@code port} in front of the instances listening on {@code upstreamPorts},
     * and waits until it answers {@code readinessPath} through them.
     */
    public static NginxProxy start(int port, List<Integer> upstreamPorts, Path workDirectory, String readinessPath) {
        Path nginx = binary().orElseThrow(() -> new StackException(
                "nginx is not installed: apt-get install nginx-light, or name the binary with ALLIANCEHUB_NGINX"));
        if (!FreePort.isFree(port)) {
            throw new StackException("Port " + port + " is taken: the proxy cannot listen there. "
                    + "Choose another with ALLIANCEHUB_HTTP_PORT.");
        }
        try {
            for (String folder : List.of("logs", "temp")) {
                Files.createDirectories(workDirectory.resolve(folder));
            }
            Path config = workDirectory.resolve("nginx.conf");
            Files.writeString(config, configuration(port, upstreamPorts), StandardCharsets.UTF_8);
            Path errors = workDirectory.resolve("logs/error.log");
            ChildProcess process = ChildProcess.start("nginx",
                    List.of(nginx.toString(), "-p", workDirectory.toAbsolutePath() + "/", "-c", config.toAbsolutePath().toString(),
                            "-e", errors.toAbsolutePath().toString()),
                    workDirectory, java.util.Map.of(), workDirectory.resolve("logs/console.log"));
            NginxProxy proxy = new NginxProxy(process, port);
            try {
                HttpProbe.awaitOk(URI.create(proxy.url() + readinessPath), Duration.ofSeconds(60), process::isAlive,
                        () -> process.logTail() + "\n" + LogTail.of(errors, 20));
            } catch (RuntimeException e) {
                process.stop(5);
                throw e;
            }
            LOG.info(() -> "nginx is up at " + proxy.url() + " in front of ports " + upstreamPorts);
            return proxy;
        } catch (IOException e) {
            throw new StackException("Could not configure nginx in " + workDirectory + ": " + e.getMessage(), e);
        }
    }

    /** The configuration: the production proxy's rules, with loopback instances instead of compose's services. */
    static String configuration(int port, List<Integer> upstreamPorts) {
        String servers = upstreamPorts.stream()
                .map(p -> "        server 127.0.0.1:" + p + " max_fails=1 fail_timeout=5s;")
                .collect(Collectors.joining("\n"));
        return String.join("\n",
                "# written by the launcher at each start; the production rules are in docker/nginx.conf",
                "daemon off;",
                "worker_processes 1;",
                "pid temp/nginx.pid;",
                "events { worker_connections 1024; }",
                "http {",
                "    access_log logs/access.log;",
                "    client_body_temp_path temp/client-body;",
                "    proxy_temp_path temp/proxy;",
                "    fastcgi_temp_path temp/fastcgi;",
                "    uwsgi_temp_path temp/uwsgi;",
                "    scgi_temp_path temp/scgi;",
                "    map $http_x_request_id $alliancehub_request_id {",
                "        default $http_x_request_id;",
                "        \"\"      $request_id;",
                "    }",
                "    upstream alliancehub {",
                servers,
                "        keepalive 32;",
                "    }",
                "    server {",
                "        listen 127.0.0.1:" + port + ";",
                "        client_max_body_size 60m;",
                "        proxy_http_version 1.1;",
                "        proxy_set_header Connection \"\";",
                "        proxy_set_header Host $http_host;",
                "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
                "        proxy_set_header X-Forwarded-Proto $scheme;",
                "        proxy_set_header X-Request-Id $alliancehub_request_id;",
                "        add_header X-Request-Id $alliancehub_request_id always;",
                "        proxy_connect_timeout 2s;",
                "        proxy_next_upstream error timeout http_502 http_503;",
                "        location ~ ^/(metrics|health|operations)(/|$) { return 404; }",
                "        location ~ ^/(content|search)/(metrics|health|operations)(/|$) { return 404; }",
                "        location /content/ { proxy_pass http://alliancehub; proxy_request_buffering off; }",
                "        location / { proxy_pass http://alliancehub; }",
                "    }",
                "}",
                "");
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    @Override
    public void close() {
        // SIGTERM: nginx's fast shutdown
        process.stop(10);
    }
}
