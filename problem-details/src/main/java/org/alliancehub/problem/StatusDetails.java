package org.alliancehub.problem;

/** Plain-words explanations for HTTP statuses the services answer with. */
final class StatusDetails {

    private StatusDetails() {
    }

    static String slug(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 503 -> "service-unavailable";
            default -> status >= 500 ? "server-error" : "client-error";
        };
    }

    /**
     * The exception's own message when it is one of ours; framework messages often name classes,
     * so for those a fixed explanation is given instead.
     */
    static String detailFor(int status, String message) {
        return switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that HTTP method.";
            case 406 -> "This address cannot answer in the requested media type.";
            case 415 -> "This address does not accept that media type.";
            default -> message != null && !message.startsWith("HTTP ") && message.length() < 500 ? message : null;
        };
    }
}
