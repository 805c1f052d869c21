package org.alliancehub.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

/**
 * The content service's REST API as the demo loader calls it: JSON in and out, the bearer token of
 * the account signed in, and the multipart upload of a version's file. An answer other than the one
 * expected is an IOException that quotes the service's problem.
 */
final class ContentApi {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String contentUrl;
    private String token;

    /** {@code contentUrl}: the content service's root, e.g. http://localhost:8080/content. */
    ContentApi(String contentUrl) {
        this.contentUrl = contentUrl;
    }

    void signIn(String username, String password) throws IOException, InterruptedException {
        token = post("/api/auth/token", Json.createObjectBuilder()
                .add("username", username).add("password", password).build(), 200).getString("token");
    }

    JsonObject get(String path) throws IOException, InterruptedException {
        return read(send(request(path).GET(), path, 200));
    }

    JsonObject post(String path, JsonStructure body, int expected) throws IOException, InterruptedException {
        return read(send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), path, expected));
    }

    /** A lifecycle step (submit, publish, ...): a POST with no comment, answered 200. */
    JsonObject step(String path) throws IOException, InterruptedException {
        return read(send(request(path).POST(HttpRequest.BodyPublishers.noBody()), path, 200));
    }

    /** Uploads a file in the multipart field 'file', as a browser's form would; answered 202. */
    JsonObject upload(String path, String fileName, String mediaType, byte[] content) throws IOException, InterruptedException {
        String boundary = "alliancehub-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 512);
        body.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + mediaType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return read(send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), path, 202));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(contentUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private String send(HttpRequest.Builder request, String path, int expected) throws IOException, InterruptedException {
        HttpRequest built = request.build();
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IOException(built.method() + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
