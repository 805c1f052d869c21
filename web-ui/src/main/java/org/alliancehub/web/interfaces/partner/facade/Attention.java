package org.alliancehub.web.interfaces.partner.facade;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alliancehub.web.interfaces.web.PortalMessages;

/**
 * Something a partner must act on: a message key of the portal's bundle ({@code attention.<kind>})
 * and its arguments (a language, a reason, the reviewer's comment). Languages are kept as their
 * codes and named in the reader's language when shown.
 */
public record Attention(String kind, List<String> arguments) {

    /** How many leading arguments of a kind are language codes. */
    private static final Map<String, Integer> LANGUAGE_ARGUMENTS = Map.of("no.file", 1, "translation.outdated", 1,
            "extraction.failed", 1, "language.other", 2, "disclaimer.missing", 1, "worker.rights.missing", 1);

    public static Attention of(String kind, String... arguments) {
        return new Attention(kind, List.of(arguments));
    }

    public String key() {
        return "attention." + kind;
    }

    /** The sentence in the reader's language, its languages named ("The Spanish file …"). */
    public String describe(PortalMessages messages) {
        int languages = LANGUAGE_ARGUMENTS.getOrDefault(kind, 0);
        List<Object> values = new ArrayList<>(arguments.size());
        for (int i = 0; i < arguments.size(); i++) {
            values.add(i < languages ? messages.languageInSentence(arguments.get(i)) : arguments.get(i));
        }
        return messages.format(key(), values.toArray());
    }
}
