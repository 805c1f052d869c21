package org.alliancehub.web.infrastructure.client;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

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
                .build(ContentServiceApi.class);
    }

    public ContentServiceApi api() {
        return api;
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
