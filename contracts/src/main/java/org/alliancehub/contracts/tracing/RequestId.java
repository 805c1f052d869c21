package org.alliancehub.contracts.tracing;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that follows one reader's request from the reverse proxy through the portal to the
 * services, in the {@value #HEADER} header: each service takes the one it is given (or makes one),
 * answers with it, puts it in every problem and passes it on to the services it calls, so one id
 * finds a request's lines in every log.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    /** The request attribute that holds it, also during the container's error dispatch. */
    public static final String ATTRIBUTE = RequestId.class.getName();

    /** What a proxy sends (a UUID, a hex trace id, nginx's $request_id); anything else is replaced, never echoed. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestId() {
    }

    /** The id given, when it is one; a new one otherwise. */
    public static String acceptedOrNew(String given) {
        return given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    /** The id of the request this thread is serving, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static void enter(String id) {
        CURRENT.set(id);
    }

    static void leave() {
        CURRENT.remove();
    }
}
