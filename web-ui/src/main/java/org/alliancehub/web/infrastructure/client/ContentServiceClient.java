package org.alliancehub.web.infrastructure.client;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.alliancehub.contracts.tracing.RequestIdForwarding;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * Connects to the content service at {@code alliancehub.content.url}, as the portal's server reaches
 * it; readers download files at {@code alliancehub.content.public-url}, as their browser reaches it
 * (the same host in the local stack and behind a reverse proxy: {@code /content}).
 */
@ApplicationScoped
public class ContentServiceClient {

    @Inject
    @ConfigProperty(name = "alliancehub.content.url")
    String contentUrl;

    @Inject
    @ConfigProperty(name = "alliancehub.content.public-url", defaultValue = "/content")
    String publicUrl;

    private ContentServiceApi api;

    @PostConstruct
    void connect() {
        api = RestClientBuilder.newBuilder()
                .baseUri(URI.create(contentUrl))
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(5, TimeUnit.SECONDS)
                .register(RequestIdForwarding.class)
                .build(ContentServiceApi.class);
    }

    public ContentServiceApi api() {
        return api;
    }

    /**
     * One item: empty on 404 (unknown, withdrawn or not published), {@link ServiceUnavailable} when the
     * service cannot answer now.
     *
     * @param what names the item in the log line
     */
    public <T> java.util.Optional<T> find(String what, java.util.function.Function<ContentServiceApi, T> call) {
        try {
            return java.util.Optional.ofNullable(call.apply(api()));
        } catch (jakarta.ws.rs.WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return java.util.Optional.empty();
            }
            throw new ServiceUnavailable("The content service answered " + e.getResponse().getStatus() + " for " + what, e);
        } catch (jakarta.ws.rs.ProcessingException e) {
            throw new ServiceUnavailable("The content service could not be asked for " + what + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses an answer under another major version of the content contract: the reader sees that the
     * content is unavailable, the log says why, nothing is guessed.
     */
    public static void requireUnderstood(String contract) {
        if (!org.alliancehub.contracts.content.ContentContract.understands(contract)) {
            String message = "The content service answers under contract " + contract + "; this portal reads "
                    + org.alliancehub.contracts.content.ContentContract.VERSION + ": upgrade the portal";
            TracedLogger.of(ContentServiceClient.class).warning(message);
            throw new ServiceUnavailable(message, null);
        }
    }

    /** Where a reader's browser downloads a version's file. */
    public String downloadHref(String materialId, String language) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/api/materials/" + encode(materialId) + "/versions/" + encode(language) + "/file";
    }

    private static String encode(String segment) {
        return java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
