package org.alliancehub.web.interfaces.partner.facade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.alliancehub.web.infrastructure.client.workspace.HistoryStep;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceMaterial;
import org.junit.jupiter.api.Test;

class WorkItemsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-02T10:00:00Z");

    private static WorkspaceMaterial material(String state, WorkspaceMaterial.Version... versions) {
        return new WorkspaceMaterial("m-1", "a-1", "Alliance", "OSHA", "FACT_SHEET", null, null, List.of(), List.of(), List.of(),
                List.of(), state, NOW, NOW, null, 3, List.of(versions));
    }

    private static WorkspaceMaterial.Version version(String language, WorkspaceMaterial.Extraction extraction) {
        return new WorkspaceMaterial.Version(language, "Title", null, null, false, NOW,
                new WorkspaceMaterial.File("f.pdf", "application/pdf", 10, "abc", NOW), extraction);
    }

    private static WorkspaceMaterial.Extraction done(String detected, boolean asDeclared, boolean disclaimer, boolean rights) {
        return new WorkspaceMaterial.Extraction("DONE", null, false, 2, detected, asDeclared, disclaimer, rights, null, 900, NOW,
                null, null);
    }

    @Test
    void aDraftWhoseLastStepWasAReturnIsReturnedWithTheReviewersComment() {
        var returned = Optional.of(new HistoryStep("IN_REVIEW", "DRAFT", "curator", NOW, "Add the worker rights statement"));
        WorkspaceMaterial draft = material("DRAFT", version("en", done("en", true, true, true)));
        assertThat(WorkItems.shownState(draft, returned)).isEqualTo("RETURNED");
        assertThat(WorkItems.needsAction(draft, returned)).containsExactly(Attention.of("returned", "Add the worker rights statement"));
        // a published material reopened for an update is a draft, not a returned one
        var reopened = Optional.of(new HistoryStep("PUBLISHED", "DRAFT", "partner", NOW, null));
        assertThat(WorkItems.shownState(draft, reopened)).isEqualTo("DRAFT");
    }

    @Test
    void eachFindingThatNeedsThePartnerIsNamedWithItsLanguage() {
        WorkspaceMaterial draft = material("DRAFT", version("es", done("en", false, false, true)),
                version("en", new WorkspaceMaterial.Extraction("FAILED", "encrypted", null, null, null, null, null, null, null, null,
                        NOW, null, null)));
        assertThat(WorkItems.needsAction(draft, Optional.empty())).containsExactly(
                Attention.of("language.other", "es", "en"), Attention.of("disclaimer.missing", "es"),
                Attention.of("extraction.failed", "en", "encrypted"));
        assertThat(WorkItems.needsAction(material("DRAFT"), Optional.empty())).containsExactly(Attention.of("no.version"));
        assertThat(WorkItems.needsAction(material("SUBMITTED", version("en", done("en", true, true, true))), Optional.empty())).isEmpty();
    }
}
