package org.alliancehub.domain.model.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.alliancehub.domain.model.alliance.Agency;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.alliance.AllianceLevel;
import org.alliancehub.domain.model.language.LanguageCode;
import org.alliancehub.domain.model.organization.Organization;
import org.alliancehub.domain.model.organization.OrganizationType;
import org.junit.jupiter.api.Test;

class StandardLanguageAndFilesTest {

    @Test
    void findsTheDisclaimerAndWorkerRightsInEnglish() {
        var findings = StandardLanguage.findIn("This fact sheet was developed under the OSHA Alliance Program and does "
                + "not necessarily reflect the official views of OSHA or the U.S. Department of Labor.\n"
                + "Employers are responsible for providing a safe and healthful workplace and workers have rights.");
        assertThat(findings.disclaimer()).isTrue();
        assertThat(findings.workerRights()).isTrue();
    }

    @Test
    void findsThemInSpanishWhateverTheAccentsCaseAndLineBreaks() {
        var findings = StandardLanguage.findIn("ESTE DOCUMENTO NO REFLEJA NECESARIAMENTE LAS OPINIONES OFI-\nCIALES de OSHA. "
                + "Los empleadores son responsables de proporcionar un lugar de trabajo seguro y saludable.");
        assertThat(findings.disclaimer()).isTrue();
        assertThat(findings.workerRights()).isTrue();
    }

    @Test
    void normalizingFoldsAccentsCaseHyphenatedBreaksAndEverySpace() {
        assertThat(StandardLanguage.normalize("  Protección\u00A0AUDITIVA  para   los\t\ttrabaja-\r\n   dores "))
                .isEqualTo("proteccion auditiva para los trabajadores ");
        // decomposed accents, Vietnamese letters, and a dash that is not at a line break
        assertThat(StandardLanguage.normalize("Cai\u0301da — Bảo hộ lao động, ba-\tsica"))
                .isEqualTo("caida — bao ho lao đong, ba- sica");
        assertThat(StandardLanguage.normalize("Ñandú ÇA Ærø 安全")).isEqualTo("nandu ca ærø 安全");
    }

    @Test
    void findsTheStatementsInALongExtractedText() {
        String manual = "Keep three points of contact on ladders. ".repeat(50_000)
                + "Employers are responsible for providing a safe and healthful work-\nplace.";
        var findings = StandardLanguage.findIn(manual);
        assertThat(findings.workerRights()).isTrue();
        assertThat(findings.disclaimer()).isFalse();
    }

    @Test
    void reportsWhatIsMissing() {
        var findings = StandardLanguage.findIn("Keep three points of contact on ladders.");
        assertThat(findings.disclaimer()).isFalse();
        assertThat(findings.workerRights()).isFalse();
        assertThat(StandardLanguage.findIn(null).disclaimer()).isFalse();
    }

    @Test
    void aFileNeedsItsVersionAndAnExtractionOnlyCountsForTheCurrentFile() {
        Organization union = new Organization("IUOE", OrganizationType.UNION, null);
        Alliance alliance = new Alliance("A", Agency.MSHA, AllianceLevel.NATIONAL, null, null, List.of(union), null);
        Material material = new Material(alliance, MaterialType.FACT_SHEET, null, null, Set.of());
        StoredFile first = new StoredFile("a".repeat(64), "falls.pdf", "application/pdf", 10, OffsetDateTime.now());

        assertThatThrownBy(() -> material.attachFile(LanguageCode.ENGLISH, first)).hasMessageContaining("before its file");

        material.putVersion(LanguageCode.ENGLISH, new VersionContent("Falls", null, null));
        LanguageVersion spanish = material.putVersion(LanguageCode.SPANISH, new VersionContent("Caídas", null, null));
        LanguageVersion english = material.attachFile(LanguageCode.ENGLISH, first);
        assertThat(english.extraction()).hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(Extraction.Status.PENDING));
        assertThat(spanish.translationOutdated()).isTrue();

        StoredFile second = new StoredFile("b".repeat(64), "falls-v2.pdf", "application/pdf", 12, OffsetDateTime.now());
        material.attachFile(LanguageCode.ENGLISH, second);
        assertThat(material.recordExtraction(LanguageCode.ENGLISH, first.sha256(),
                Extraction.failed("old", OffsetDateTime.now()))).as("stale result").isFalse();
        assertThat(material.recordExtraction(LanguageCode.ENGLISH, second.sha256(),
                Extraction.done("does not necessarily reflect the official views", false, 2, null, null, null, "en",
                        LanguageCode.ENGLISH, null, OffsetDateTime.now()))).isTrue();
        assertThat(english.extraction()).hasValueSatisfying(e -> {
            assertThat(e.status()).isEqualTo(Extraction.Status.DONE);
            assertThat(e.disclaimerFound()).isTrue();
            assertThat(e.workerRightsFound()).isFalse();
            assertThat(e.pageCount()).isEqualTo(2);
        });
    }
}
