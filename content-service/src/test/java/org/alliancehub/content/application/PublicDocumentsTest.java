package org.alliancehub.content.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.alliancehub.contracts.content.PublicMaterial;
import org.alliancehub.contracts.feed.FeedContract;
import org.alliancehub.contracts.feed.FeedDocuments;
import org.alliancehub.contracts.feed.MaterialDocument;
import org.alliancehub.domain.model.alliance.Agency;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.alliance.AllianceLevel;
import org.alliancehub.domain.model.language.LanguageCode;
import org.alliancehub.domain.model.material.Extraction;
import org.alliancehub.domain.model.material.Material;
import org.alliancehub.domain.model.material.MaterialType;
import org.alliancehub.domain.model.material.PdfAccessibility;
import org.alliancehub.domain.model.material.StoredFile;
import org.alliancehub.domain.model.material.VersionContent;
import org.alliancehub.domain.model.organization.Organization;
import org.alliancehub.domain.model.organization.OrganizationType;
import org.alliancehub.domain.model.program.EmphasisProgram;
import org.junit.jupiter.api.Test;

/** The content service's side of the feed contract: what it writes reads back whole, and holds nothing staff-only. */
class PublicDocumentsTest {

    private static Material published() {
        Alliance alliance = new Alliance("Stone, Sand & Gravel Alliance", Agency.MSHA, AllianceLevel.NATIONAL, null, LocalDate.of(2023, 5, 1),
                List.of(new Organization("NSSGA", OrganizationType.TRADE_ASSOCIATION, null),
                        new Organization("United Steelworkers", OrganizationType.UNION, null)), null);
        Material material = new Material(alliance, MaterialType.FACT_SHEET, "FS-101", LocalDate.of(2024, 3, 1), Set.of("falls"));
        material.classify(Set.of("mining"), Set.of("workers"));
        material.supportPrograms(Set.of(new EmphasisProgram("NEP-FALLS", Agency.MSHA, EmphasisProgram.Scope.NATIONAL, "Falls",
                "Caídas", null, null)));
        material.putVersion(LanguageCode.of("es"), new VersionContent("Cómo prevenir caídas", "Tres puntos de contacto", null));
        material.attachFile(LanguageCode.of("es"), new StoredFile("ab".repeat(32), "guía de caídas.pdf", "application/pdf", 1234,
                OffsetDateTime.parse("2024-03-01T09:00Z")));
        material.recordExtraction(LanguageCode.of("es"), "ab".repeat(32), Extraction.done("Mantenga tres puntos de contacto.", false, 2,
                "Caídas", "NSSGA staff writer", "2024-02-28", "es", LanguageCode.of("es"), new PdfAccessibility(false, "es-MX", true, true),
                OffsetDateTime.parse("2024-03-01T09:01Z")));
        return material;
    }

    @Test
    void whatTheProducerWritesParsesIntoTheContractWithNothingLost() {
        MaterialDocument written = PublicDocuments.material(published());
        String json = FeedDocuments.toJson(written);
        String page = "{\"changes\":[{\"contract\":\"" + FeedContract.VERSION + "\",\"seq\":1,\"kind\":\"material\",\"id\":\"" + written.id()
                + "\",\"action\":\"upsert\",\"at\":\"2026-12-02T10:00:00Z\",\"data\":" + json + "}],\"next\":1,\"head\":1}";
        MaterialDocument read = FeedDocuments.material(FeedDocuments.page(page).changes().get(0));
        assertThat(read).isEqualTo(written);
        assertThat(read.participants()).containsExactly("NSSGA", "United Steelworkers");
        assertThat(read.emphasisPrograms().get(0).nameSpanish()).isEqualTo("Caídas");
        MaterialDocument.Version spanish = read.versions().get(0);
        assertThat(spanish.file().name()).isEqualTo("guía de caídas.pdf");
        assertThat(spanish.extraction().pageCount()).isEqualTo(2);
        assertThat(spanish.text()).isEqualTo("Mantenga tres puntos de contacto.");
    }

    @Test
    void theFeedDocumentHoldsNoReviewFinding() {
        String json = FeedDocuments.toJson(PublicDocuments.material(published()));
        assertThat(json).doesNotContain("NSSGA staff writer").doesNotContain("detectedLanguage").doesNotContain("disclaimerFound")
                .doesNotContain("\"state\"").doesNotContain("accessibility").doesNotContain("es-MX");
    }

    @Test
    void theAccessibilityFindingIsTheWorkspaceViewsOnly() {
        Material material = published();
        MaterialView.ExtractionView workspace = MaterialView.of(material).versions().get(0).extraction();
        assertThat(workspace.accessibility()).isEqualTo(new MaterialView.AccessibilityView(false, true, "es-MX", true, true));
        assertThat(workspace.readability()).as("five words are too few to judge").isNull();
        String written = jakarta.json.bind.JsonbBuilder.create().toJson(PublicDocuments.publicMaterial(material));
        assertThat(written).doesNotContain("accessibility").doesNotContain("readability").doesNotContain("es-MX");
    }

    @Test
    void thePublicAnswerIsTheFeedsDocumentWithoutTheTextAndReadsBackWhole() {
        Material material = published();
        PublicMaterial answer = PublicDocuments.publicMaterial(material);
        assertThat(answer.contract()).isEqualTo(PublicMaterial.VERSION);
        assertThat(answer.versions()).allSatisfy(v -> assertThat(v.text()).isNull());
        MaterialDocument feed = PublicDocuments.material(material);
        assertThat(answer.versions().get(0).extraction()).isEqualTo(feed.versions().get(0).extraction());
        assertThat(answer.participants()).isEqualTo(feed.participants());
        jakarta.json.bind.Jsonb json = jakarta.json.bind.JsonbBuilder.create();
        String written = json.toJson(answer);
        assertThat(json.fromJson(written, PublicMaterial.class)).isEqualTo(answer);
        assertThat(written).doesNotContain("NSSGA staff writer").doesNotContain("Mantenga tres puntos");
    }
}
