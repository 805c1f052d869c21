package org.alliancehub.web.infrastructure.client.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;

import org.alliancehub.contracts.tracing.RequestIdForwarding;
import org.alliancehub.contracts.tracing.RequestId;
import org.alliancehub.web.infrastructure.client.RemoteCall;
import org.alliancehub.web.infrastructure.client.ServiceUnavailable;
import org.alliancehub.web.infrastructure.security.SignedInAccount;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The content service as a signed-in partner's pages reach it: the typed {@link WorkspaceApi}, with
 * refusals as {@link WorkspaceRefusal} and an unreachable or failing service as
 * {@link ServiceUnavailable}; and the relay of an uploaded file, streamed from the portal's
 * temporary copy to the service without being held in memory.
 */
@ApplicationScoped
public class ContentWorkspaceClient {

    /** An upload of the largest accepted size over a slow link still finishes; reads of pages do not wait this long. */
    static final Duration UPLOAD_TIMEOUT = Duration.ofMinutes(5);

    @Inject
    @ConfigProperty(name = "alliancehub.content.url")
    String contentUrl;

    private WorkspaceApi api;
    private HttpClient http;

    @PostConstruct
    void connect() {
        api = RestClientBuilder.newBuilder()
                .baseUri(URI.create(contentUrl))
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(10, TimeUnit.SECONDS)
                .register(WorkspaceProblems.class)
                .register(RequestIdForwarding.class)
                .build(WorkspaceApi.class);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    }

    /**
     * The bearer of the account signed in to this request, as every call names it; a 401 refusal
     * when the sign-in is gone (the workspace pages then send the reader to sign in again).
     */
    public static String bearerOf(HttpServletRequest request) {
        return SignedInAccount.of(request).orElseThrow(() -> new WorkspaceRefusal(401, null, null)).authorization();
    }

    /**
     * One call of the API: its answer, a {@link WorkspaceRefusal} when the service refused (4xx), or
     * {@link ServiceUnavailable} when it could not answer.
     */
    public <T> T call(String what, Function<WorkspaceApi, T> call) {
        return RemoteCall.answer("content service", what, () -> call.apply(api));
    }

    /** A read of one item: empty when the service has none there (404), as for another alliance's item. */
    public <T> java.util.Optional<T> found(String what, Function<WorkspaceApi, T> call) {
        try {
            return java.util.Optional.of(call(what, call));
        } catch (WorkspaceRefusal refusal) {
            if (refusal.isNotFound()) {
                return java.util.Optional.empty();
            }
            throw refusal;
        }
    }

    /** A call that answers nothing. */
    public void run(String what, java.util.function.Consumer<WorkspaceApi> call) {
        call(what, api -> {
            call.accept(api);
            return null;
        });
    }

    /** The uploaded version as the service recorded it: whether the same bytes were there, their type, the material now. */
    public record Uploaded(boolean duplicate, String mediaType, long size, WorkspaceMaterial material) {
    }

    /**
     * Sends a version's file to the content service as the multipart field {@code file}, reading
     * {@code content} as it goes (the body's length is known, so no chunk is buffered to measure it).
     */
    public Uploaded upload(String authorization, String materialId, String language, String fileName, long size,
                           InputStream content) {
        String boundary = "alliancehub-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + partFileName(fileName) + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        InputStream body = new SequenceInputStream(java.util.Collections.enumeration(
                List.of(new ByteArrayInputStream(head), content, new ByteArrayInputStream(tail))));
        HttpRequest.Builder upload = HttpRequest.newBuilder(fileAddress(materialId, language))
                .timeout(UPLOAD_TIMEOUT)
                .header(WorkspaceApi.AUTHORIZATION, authorization)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> body),
                        head.length + size + tail.length));
        RequestId.current().ifPresent(id -> upload.header(RequestId.HEADER, id));
        HttpRequest request = upload.build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ServiceUnavailable("The content service could not take the upload: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailable("The upload was interrupted", e);
        }
        if (response.statusCode() >= 400 && response.statusCode() < 500) {
            throw WorkspaceRefusal.ofProblem(response.statusCode(), response.body());
        }
        JsonObject answer = JsonBodies.object(response.body());
        if (response.statusCode() >= 300) {
            throw new ServiceUnavailable("The content service answered " + response.statusCode() + " to an upload", null);
        }
        // the material in the answer is read again through the typed client by the page
        return new Uploaded(answer.getBoolean("duplicate", false), answer.getString("mediaType", null),
                answer.getJsonNumber("size") == null ? size : answer.getJsonNumber("size").longValue(), null);
    }

    /**
     * A version's file as the content service answers it to this account (a draft's too), as a
     * stream to pass on: the caller closes the body. 404 for another alliance's draft or no file.
     */
    public HttpResponse<InputStream> download(String authorization, String materialId, String language) {
        HttpRequest.Builder download = HttpRequest.newBuilder(fileAddress(materialId, language)).timeout(UPLOAD_TIMEOUT)
                .header(WorkspaceApi.AUTHORIZATION, authorization).GET();
        RequestId.current().ifPresent(id -> download.header(RequestId.HEADER, id));
        HttpRequest request = download.build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new ServiceUnavailable("The content service could not send the file: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailable("The file was interrupted", e);
        }
    }

    private URI fileAddress(String materialId, String language) {
        String base = contentUrl.endsWith("/") ? contentUrl.substring(0, contentUrl.length() - 1) : contentUrl;
        return URI.create(base + "/api/materials/" + segment(materialId) + "/versions/" + segment(language) + "/file");
    }

    private static String segment(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The name as a quoted-string of the part's Content-Disposition, written as UTF-8 the way browsers
     * send it: quotes and backslashes escaped, line breaks (a header injection) dropped.
     */
    static String partFileName(String name) {
        String plain = name == null || name.isBlank() ? "file" : name;
        return plain.replaceAll("[\\r\\n\\x00-\\x1f]", "").replace("\\", "\\\\").replace("\"", "\\\"");
    }

}
