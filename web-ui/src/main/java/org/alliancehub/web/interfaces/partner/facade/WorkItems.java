package org.alliancehub.web.interfaces.partner.facade;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.alliancehub.web.infrastructure.client.workspace.HistoryStep;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceMaterial;

/**
 * What a partner must do about a material, read from its state, its last step and each language
 * version's findings: answer a return (with the reviewer's comment), fix a failed extraction, add
 * the required statements, check a version whose text is in another language than declared, update
 * an outdated translation, or give a draft its first version and file.
 */
public final class WorkItems {

    private WorkItems() {
    }

    /** The state a partner reads: RETURNED is a draft whose last step was a return by the agency. */
    public static String shownState(WorkspaceMaterial material, Optional<HistoryStep> lastStep) {
        return "DRAFT".equals(material.state()) && lastStep.filter(step -> "RETURN".equals(stepKind(step))).isPresent()
                ? "RETURNED" : material.state();
    }

    /** The state a step led to as a partner reads it: a return is RETURNED, not DRAFT. */
    public static String shownStep(HistoryStep step) {
        return "RETURN".equals(stepKind(step)) ? "RETURNED" : step.to();
    }

    /** How a step is known: SUBMITTED → DRAFT is a return; the history names states only. */
    static String stepKind(HistoryStep step) {
        if ("DRAFT".equals(step.to()) && ("SUBMITTED".equals(step.from()) || "IN_REVIEW".equals(step.from()))) {
            return "RETURN";
        }
        return step.to();
    }

    public static List<Attention> needsAction(WorkspaceMaterial material, Optional<HistoryStep> lastStep) {
        List<Attention> needed = new ArrayList<>();
        if ("RETURNED".equals(shownState(material, lastStep))) {
            String comment = lastStep.map(HistoryStep::comment).filter(c -> c != null && !c.isBlank()).orElse(null);
            needed.add(comment == null ? Attention.of("returned.plain") : Attention.of("returned", comment));
        }
        boolean editable = "DRAFT".equals(material.state());
        if (editable && material.versions().isEmpty()) {
            needed.add(Attention.of("no.version"));
        }
        for (WorkspaceMaterial.Version version : material.versions()) {
            String language = version.language();
            if (version.file() == null && version.externalLink() == null && editable) {
                needed.add(Attention.of("no.file", language));
            }
            if (version.translationOutdated()) {
                needed.add(Attention.of("translation.outdated", language));
            }
            WorkspaceMaterial.Extraction extraction = version.extraction();
            if (extraction == null) {
                continue;
            }
            if (extraction.isFailed()) {
                needed.add(Attention.of("extraction.failed", language, extraction.reason() == null ? "" : extraction.reason()));
                continue;
            }
            if (Boolean.FALSE.equals(extraction.languageAsDeclared())) {
                needed.add(Attention.of("language.other", language, extraction.detectedLanguage()));
            }
            if (Boolean.FALSE.equals(extraction.disclaimerFound())) {
                needed.add(Attention.of("disclaimer.missing", language));
            }
            if (Boolean.FALSE.equals(extraction.workerRightsFound())) {
                needed.add(Attention.of("worker.rights.missing", language));
            }
        }
        return needed;
    }

    /** The newest step, from a history listed oldest first. */
    public static Optional<HistoryStep> last(List<HistoryStep> history) {
        return history == null || history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }
}
