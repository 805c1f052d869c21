package org.alliancehub.domain.model.material;

import java.text.Normalizer;
import java.util.List;

/**
 * The standard language every product and translation must carry: the agency's disclaimer (the
 * product does not necessarily reflect the agency's views and creates no new obligations) and the
 * employer responsibilities and worker rights statement. Found in English or Spanish wording,
 * whatever the case, accents, line breaks or hyphenation.
 */
public final class StandardLanguage {

    /** Whether each statement appears. */
    public record Findings(boolean disclaimer, boolean workerRights) {
    }

    static final List<String> DISCLAIMER = List.of(
            "does not necessarily reflect the official views",
            "do not necessarily reflect the official views",
            "does not necessarily reflect the views",
            "creates no new legal obligations",
            "no refleja necesariamente las opiniones oficiales",
            "no reflejan necesariamente las opiniones oficiales",
            "no refleja necesariamente los puntos de vista",
            "no crea nuevas obligaciones");

    static final List<String> WORKER_RIGHTS = List.of(
            "employers are responsible for providing a safe and healthful workplace",
            "employers are responsible for providing safe and healthful workplaces",
            "workers have rights",
            "los empleadores son responsables de proporcionar un lugar de trabajo seguro y saludable",
            "los empleadores son responsables de proveer un lugar de trabajo seguro y saludable",
            "los trabajadores tienen derechos");

    private StandardLanguage() {
    }

    /** Latin letters with their accents removed and lower-cased, for the characters up to U+1EFF. */
    private static final char[] FOLDED = foldingTable();

    private static final List<String> DISCLAIMER_FOLDED = DISCLAIMER.stream().map(StandardLanguage::normalize).toList();
    private static final List<String> WORKER_RIGHTS_FOLDED = WORKER_RIGHTS.stream().map(StandardLanguage::normalize).toList();

    public static Findings findIn(String text) {
        if (text == null || text.isBlank()) {
            return new Findings(false, false);
        }
        String normalized = normalize(text);
        return new Findings(DISCLAIMER_FOLDED.stream().anyMatch(normalized::contains),
                WORKER_RIGHTS_FOLDED.stream().anyMatch(normalized::contains));
    }

    /**
     * Lower case, no accents, hyphenated line breaks joined, all white space one space. One pass
     * over the text, since extracted manuals run to millions of characters.
     */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '-') {
                int next = i + 1;
                boolean lineBreak = false;
                while (next < n && isSpace(text.charAt(next))) {
                    lineBreak |= text.charAt(next) == '\n';
                    next++;
                }
                if (lineBreak) {
                    // "protec-\n  tion": the word goes on after the break
                    i = next - 1;
                    continue;
                }
            }
            if (isSpace(c)) {
                space = true;
                continue;
            }
            char folded = c < FOLDED.length ? FOLDED[c] : fold(c);
            if (folded == 0) {
                continue;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            out.append(folded);
        }
        if (space && !out.isEmpty()) {
            out.append(' ');
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0';
    }

    /** Zero for a combining mark (dropped), otherwise the character in lower case. */
    private static char fold(char c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
            return 0;
        }
        return Character.toLowerCase(c);
    }

    private static char[] foldingTable() {
        char[] table = new char[0x1F00];
        for (char c = 0; c < table.length; c++) {
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            table[c] = base.length() == 1 ? Character.toLowerCase(base.charAt(0)) : fold(c);
        }
        return table;
    }
}
