package org.alliancehub.web.interfaces.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.faces.application.ProjectStage;
import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.FacesContext;

/**
 * Gives the portal's own resources (its style sheet, anything else without a library version) a
 * version in their address, {@code v=} and the first twelve hex digits of the SHA-256 of their
 * content, so that they can be cached as long as PrimeFaces' versioned ones
 * ({@link VersionedResourceCaching}): a changed file gets a new address, the old one is never
 * served stale. Resources that already carry a {@code v=} are left as they are.
 */
public class ContentHashResourceHandler extends ResourceHandlerWrapper {

    private static final Pattern HAS_VERSION = Pattern.compile("[?&]v=");

    /** By library and name; the content of a deployed resource does not change. */
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    public ContentHashResourceHandler(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType));
    }

    private Resource versioned(Resource resource) {
        if (resource == null || resource instanceof ContentVersioned) {
            return resource;
        }
        return new ContentVersioned(resource, this);
    }

    private String hashOf(Resource resource) {
        String key = resource.getLibraryName() + "/" + resource.getResourceName();
        // in development resources change while the server runs
        if (FacesContext.getCurrentInstance().isProjectStage(ProjectStage.Development)) {
            return contentHash(resource);
        }
        return hashes.computeIfAbsent(key, k -> contentHash(resource));
    }

    static String contentHash(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return contentHash(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the resource " + resource.getResourceName(), e);
        }
    }

    static String contentHash(InputStream content) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int read; (read = content.read(buffer)) != -1; ) {
                sha.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** Appends {@code v=<hash>} to the address unless it has a version. */
    static String withVersion(String requestPath, Supplier<String> hash) {
        if (requestPath == null || HAS_VERSION.matcher(requestPath).find()) {
            return requestPath;
        }
        return requestPath + (requestPath.contains("?") ? "&" : "?") + "v=" + hash.get();
    }

    private static final class ContentVersioned extends ResourceWrapper {

        private final ContentHashResourceHandler handler;

        ContentVersioned(Resource resource, ContentHashResourceHandler handler) {
            super(resource);
            this.handler = handler;
        }

        @Override
        public String getRequestPath() {
            return withVersion(super.getRequestPath(), () -> handler.hashOf(getWrapped()));
        }
    }
}
