package org.alliancehub.problem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Every JSON request body, before any resource sees it: at most {@value #MAX_BYTES} bytes (413
 * otherwise, read no further than that, so an anonymous 20 MB sign-in costs the server nothing), and
 * exactly one JSON value (JSON-B stops reading after the first value and would accept
 * {@code {"a":1} garbage}). File uploads are multipart and are limited by the upload setting instead.
 */
@Provider
@PreMatching
public class JsonBodyGuard implements ContainerRequestFilter {

    /** Far above any form of ours (an alliance with its whole team and goals is a few tens of KB). */
    public static final int MAX_BYTES = 512 * 1024;

    /** Looked up once: each Json.create… call would search the class path for a provider again. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!isJson(request.getMediaType()) || !request.hasEntity()) {
            return;
        }
        try {
            String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && declared.strip().matches("[0-9]{1,18}") && Long.parseLong(declared.strip()) > MAX_BYTES) {
                throw tooLarge();
            }
            byte[] body = readAtMost(request.getEntityStream(), MAX_BYTES);
            requireOneValue(body);
            request.setEntityStream(new ByteArrayInputStream(body));
        } catch (Refused refused) {
            request.abortWith(Problem.of(refused.status, refused.slug, refused.title, refused.getMessage()).toResponse());
        }
    }

    static boolean isJson(MediaType type) {
        return type != null && isJsonSubtype(type.getSubtype());
    }

    static boolean isJsonSubtype(String subtype) {
        return subtype != null && ("json".equalsIgnoreCase(subtype) || subtype.toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }

    static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 8192));
        byte[] chunk = new byte[8192];
        int total = 0;
        for (int n; (n = in.read(chunk)) != -1; ) {
            total += n;
            if (total > max) {
                throw tooLarge();
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    /** An empty body passes (the resource says a body is required); anything else is one value and nothing after it. */
    static void requireOneValue(byte[] body) {
        if (isBlank(body)) {
            return;
        }
        try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(body))) {
            parser.next();
            skipValue(parser);
            if (parser.hasNext()) {
                throw malformed("The request body has more after its JSON value.");
            }
        } catch (JsonParsingException | java.util.NoSuchElementException e) {
            throw malformed("The request body is not valid JSON: " + e.getMessage());
        } catch (jakarta.json.JsonException e) {
            throw malformed("The request body is not valid JSON.");
        }
    }

    private static void skipValue(JsonParser parser) {
        JsonParser.Event first = parser.currentEvent();
        if (first == JsonParser.Event.START_OBJECT || first == JsonParser.Event.START_ARRAY) {
            int depth = 1;
            while (depth > 0) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                    depth++;
                } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    depth--;
                }
            }
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private static Refused tooLarge() {
        return new Refused(413, "payload-too-large", "Payload Too Large", "A JSON request body has at most " + (MAX_BYTES / 1024) + " KB.");
    }

    private static Refused malformed(String detail) {
        return new Refused(400, "malformed-json", "Malformed JSON", detail);
    }

    /** Why a body was refused, turned into a problem answer by the filter. */
    static final class Refused extends RuntimeException {
        final int status;
        final String slug;
        final String title;

        Refused(int status, String slug, String title, String detail) {
            super(detail, null, false, false);
            this.status = status;
            this.slug = slug;
            this.title = title;
        }
    }
}
