package org.alliancehub.domain.model.material;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

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

    public static Findings findIn(String text) {
        if (text == null || text.isBlank()) {
            return new Findings(false, false);
        }
        String normalized = normalize(text);
        return new Findings(DISCLAIMER.stream().map(StandardLanguage::normalize).anyMatch(normalized::contains),
                WORKER_RIGHTS.stream().map(StandardLanguage::normalize).anyMatch(normalized::contains));
    }

    /** Lower case, no accents, hyphenated line breaks joined, all white space one space. */
    static String normalize(String text) {
        String joined = text.replaceAll("-\\s*\\n\\s*", "");
        String folded = Normalizer.normalize(joined, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
