package org.alliancehub.stack.junit;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

/** A small JSON-over-HTTP client for tests of the REST services. */
public final class JsonApi {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String bearerToken;
    private final java.util.Map<String, String> extraHeaders;
    private final Duration timeout;

    /** A reply: status, body text and the headers a test may look at. */
    public record Reply(int status, String body, java.net.http.HttpHeaders headers) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }
    }

    public JsonApi(String baseUrl, String bearerToken) {
        this(baseUrl, bearerToken, java.util.Map.of());
    }

    private JsonApi(String baseUrl, String bearerToken, java.util.Map<String, String> extraHeaders) {
        this(baseUrl, bearerToken, extraHeaders, Duration.ofSeconds(30));
    }

    private JsonApi(String baseUrl, String bearerToken, java.util.Map<String, String> extraHeaders, Duration timeout) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.bearerToken = bearerToken;
        this.extraHeaders = extraHeaders;
        this.timeout = timeout;
    }

    /**
     * The same client giving up on an answer after {@code timeout} (an {@link UncheckedIOException}
     * caused by {@link java.net.http.HttpTimeoutException}): how a test says "answers quickly"
     * without measuring time.
     */
    public JsonApi withTimeout(Duration timeout) {
        return new JsonApi(baseUrl, bearerToken, extraHeaders, timeout);
    }

    /** The same client sending one more header on every request (e.g. If-Match). */
    public JsonApi withHeader(String name, String value) {
        java.util.Map<String, String> headers = new java.util.LinkedHashMap<>(extraHeaders);
        headers.put(name, value);
        return new JsonApi(baseUrl, bearerToken, headers, timeout);
    }

    public JsonApi(String baseUrl) {
        this(baseUrl, null);
    }

    /** The same credentials, another service (a token from the content service is valid at search too). */
    public JsonApi at(String otherBaseUrl) {
        return new JsonApi(otherBaseUrl, bearerToken, extraHeaders, timeout);
    }

    public JsonApi withToken(String token) {
        return new JsonApi(baseUrl, token, extraHeaders, timeout);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, JsonStructure body) {
        return post(path, body.toString());
    }

    public Reply post(String path, String rawBody) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(rawBody)));
    }

    /** A multipart/form-data upload of one file in the field {@code field}. */
    public Reply postFile(String path, String field, String fileName, byte[] content) {
        String boundary = "----alliancehub" + java.util.UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail))));
    }

    /** A GET answered with bytes (downloads), with extra request headers. */
    public HttpResponse<byte[]> download(String path, String... headers) {
        try {
            HttpRequest.Builder builder = request(path);
            for (int i = 0; i + 1 < headers.length; i += 2) {
                builder.header(headers[i], headers[i + 1]);
            }
            return client.send(builder.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply put(String path, JsonStructure body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        String separator = path.startsWith("/") ? "" : "/";
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + separator + path))
                .timeout(timeout)
                .header("Accept", "application/json");
        if (bearerToken != null) {
            builder.header("Authorization", "Bearer " + bearerToken);
        }
        extraHeaders.forEach(builder::header);
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
