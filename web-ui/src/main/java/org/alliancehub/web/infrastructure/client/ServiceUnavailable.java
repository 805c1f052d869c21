package org.alliancehub.web.infrastructure.client;

/**
 * The content or search service cannot answer now (down, slow, or answering under a contract this
 * portal does not read). Pages show a friendly 503 in the reader's language; the message is for the log.
 */
public class ServiceUnavailable extends RuntimeException {

    public ServiceUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    public ServiceUnavailable(Throwable cause) {
        super(cause == null ? null : cause.toString(), cause);
    }
}
