package org.alliancehub.web.interfaces.partner.facade;

import java.util.List;

/**
 * Something a partner must act on: a message key of the portal's bundle ({@code attention.<kind>})
 * and its arguments (a language, a reason, the reviewer's comment).
 */
public record Attention(String kind, List<String> arguments) {

    public static Attention of(String kind, String... arguments) {
        return new Attention(kind, List.of(arguments));
    }

    public String key() {
        return "attention." + kind;
    }
}
