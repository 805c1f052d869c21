package org.alliancehub.web.infrastructure.client;

/**
 * A reader's text as a query parameter of the REST clients. The clients build their addresses as URI
 * templates, where {@code {…}} names a variable: a search for {@code {} failed there before any
 * request was sent. Braces are therefore written already escaped; the client keeps escapes as they
 * are, so the service receives the text the reader typed.
 */
public final class LiteralParameter {

    private LiteralParameter() {
    }

    /** The text with its braces escaped; null stays null (the parameter is left out). */
    public static String of(String text) {
        if (text == null || (text.indexOf('{') < 0 && text.indexOf('}') < 0)) {
            return text;
        }
        return text.replace("{", "%7B").replace("}", "%7D");
    }
}
