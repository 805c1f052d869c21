package org.alliancehub.domain.model.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.alliancehub.domain.model.DomainRuleViolation;
import org.alliancehub.domain.model.alliance.Agency;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.alliance.AllianceLevel;
import org.alliancehub.domain.model.organization.Organization;
import org.alliancehub.domain.model.organization.OrganizationType;
import org.alliancehub.domain.model.language.LanguageCode;
import org.junit.jupiter.api.Test;

class MaterialTest {

    private static final Actor STAFF = new Actor("c-1", "curator");

    private final Alliance alliance = new Alliance("National Stone, Sand & Gravel Association", Agency.MSHA,
            AllianceLevel.NATIONAL, null, LocalDate.of(2023, 5, 1),
            List.of(new Organization("NSSGA", OrganizationType.TRADE_ASSOCIATION, null),
                    new Organization("IUOE", OrganizationType.UNION, null)), null);

    private Material draft() {
        return new Material(alliance, MaterialType.FACT_SHEET, "FS-1", LocalDate.of(2024, 1, 1),
                Set.of("falls"));
    }

    @Test
    void walksTheAgencyProductProcessToPublication() {
        Material material = draft();
        material.putVersion(LanguageCode.ENGLISH, new VersionContent("Falls", "Prevent falls", null));

        material.submit(STAFF, null);
        material.startReview(STAFF, null);
        material.publish(STAFF, null);

        assertThat(material.state()).isEqualTo(MaterialState.PUBLISHED);
        assertThat(material.state().isPublic()).isTrue();
        assertThat(material.publishedAt()).isNotNull();
        assertThat(material.history()).extracting(Transition::to)
                .containsExactly(MaterialState.SUBMITTED, MaterialState.IN_REVIEW, MaterialState.PUBLISHED);
        assertThat(material.history().get(0).from()).isEqualTo(MaterialState.DRAFT);
        assertThat(material.history()).allSatisfy(t -> assertThat(t.actorName()).isEqualTo("curator"));
    }

    @Test
    void cannotSubmitWithoutALanguageVersion() {
        assertThatThrownBy(() -> draft().submit(STAFF, null))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("at least one language version");
    }

    @Test
    void cannotPublishWithoutReview() {
        Material material = draft();
        material.putVersion(LanguageCode.ENGLISH, new VersionContent("Falls", null, null));
        material.submit(STAFF, null);

        assertThatThrownBy(() -> material.publish(STAFF, null))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage("Cannot publish a material that is submitted.");
    }

    @Test
    void publishedMaterialIsNotEditableUntilReopened() {
        Material material = draft();
        material.putVersion(LanguageCode.ENGLISH, new VersionContent("Falls", null, null));
        material.submit(STAFF, null);
        material.startReview(STAFF, null);
        material.publish(STAFF, null);

        assertThatThrownBy(() -> material.putVersion(LanguageCode.SPANISH, new VersionContent("Caídas", null, null)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("only as a draft");

        material.reopenForUpdate(STAFF, null);
        material.putVersion(LanguageCode.SPANISH, new VersionContent("Caídas", null, null));
        assertThat(material.versions()).extracting(LanguageVersion::title).containsExactly("Falls", "Caídas");
    }

    @Test
    void onlyADraftThatWasNeverPublishedIsDeleted() {
        Material material = draft();
        material.putVersion(LanguageCode.ENGLISH, new VersionContent("Falls", null, null));
        material.requireDeletable();
        material.submit(STAFF, null);
        assertThatThrownBy(material::requireDeletable).isInstanceOf(DomainRuleViolation.class);
        material.startReview(STAFF, null);
        material.publish(STAFF, null);
        material.reopenForUpdate(STAFF, null);
        // a draft again, but it was public: it stays on record
        assertThatThrownBy(material::requireDeletable).hasMessageContaining("withdrawn instead");
    }

    @Test
    void withdrawOnlyWhatIsPublished() {
        Material material = draft();
        assertThatThrownBy(() -> material.withdraw(STAFF, null)).hasMessage("Cannot withdraw a material that is draft.");
    }

    @Test
    void changingOneVersionFlagsTheOthersAsOutdatedTranslations() {
        Material material = draft();
        LanguageVersion english = material.putVersion(LanguageCode.ENGLISH, new VersionContent("Falls", null, null));
        LanguageVersion spanish = material.putVersion(LanguageCode.SPANISH, new VersionContent("Caídas", null, null));
        assertThat(english.translationOutdated()).isFalse();

        material.putVersion(LanguageCode.ENGLISH, new VersionContent("Preventing falls", null, null));

        assertThat(spanish.translationOutdated()).isTrue();
        assertThat(english.translationOutdated()).isFalse();

        material.putVersion(LanguageCode.SPANISH, new VersionContent("Prevención de caídas", null, null));
        assertThat(spanish.translationOutdated()).isFalse();
        assertThat(english.translationOutdated()).isTrue();
    }

    @Test
    void puttingTheSameLanguageTwiceReplacesIt() {
        Material material = draft();
        material.putVersion(LanguageCode.of("ES"), new VersionContent("Caídas", null, null));
        material.putVersion(LanguageCode.SPANISH, new VersionContent("Caídas desde altura", null, null));

        assertThat(material.versions()).singleElement()
                .extracting(LanguageVersion::title).isEqualTo("Caídas desde altura");
    }

    @Test
    void refusesLinksThatAreNotWebAddresses() {
        Material material = draft();
        assertThatThrownBy(() -> material.putVersion(LanguageCode.ENGLISH,
                new VersionContent("Falls", null, "javascript:alert(1)")))
                .hasMessageContaining("http or https");
    }

    @Test
    void normalizesTopicsAndLimitsTheirSize() {
        Material material = new Material(alliance, MaterialType.POSTER, " ", null, Set.of(" heat ", ""));
        assertThat(material.topics()).containsExactly("heat");
        assertThat(material.publicationNumber()).isNull();

        assertThatThrownBy(() -> material.describe(MaterialType.POSTER, null, null, Set.of("x".repeat(101))))
                .hasMessageContaining("at most 100 characters");
    }

    @Test
    void aDraftsMetadataIsEditedAsAWholeAndARefusedEditChangesNothing() {
        Material material = draft();
        material.editMetadata(MaterialType.QUICK_CARD, " QC-7 ", LocalDate.of(2026, 11, 1), Set.of(" scaffolds "),
                Set.of("construction"), Set.of("workers", " "));
        assertThat(material.type()).isEqualTo(MaterialType.QUICK_CARD);
        assertThat(material.publicationNumber()).isEqualTo("QC-7");
        assertThat(material.publicationDate()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(material.topics()).containsExactly("scaffolds");
        assertThat(material.industries()).containsExactly("construction");
        assertThat(material.audiences()).containsExactly("workers");

        Set<String> tooMany = new java.util.HashSet<>();
        for (int i = 0; i < 31; i++) {
            tooMany.add("audience " + i);
        }
        assertThatThrownBy(() -> material.editMetadata(MaterialType.POSTER, "P-1", null, Set.of("heat"), Set.of(), tooMany))
                .isInstanceOf(DomainRuleViolation.class);
        assertThat(material.type()).as("nothing of a refused edit is kept").isEqualTo(MaterialType.QUICK_CARD);
        assertThat(material.topics()).containsExactly("scaffolds");
        assertThatThrownBy(() -> material.editMetadata(MaterialType.POSTER, "P-1", null, Set.of("x".repeat(101)), Set.of(), Set.of()))
                .isInstanceOf(DomainRuleViolation.class);
        assertThat(material.publicationNumber()).isEqualTo("QC-7");
    }

    @Test
    void metadataIsEditedOnlyWhileTheMaterialIsADraft() {
        Material material = draft();
        material.putVersion(LanguageCode.ENGLISH, new VersionContent("Falls", "Prevent falls", null));
        material.submit(STAFF, null);
        assertThatThrownBy(() -> material.editMetadata(MaterialType.POSTER, null, null, Set.of(), Set.of(), Set.of()))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("edited only as a draft")
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("material-lifecycle");
        // returned for changes, it is a draft again
        material.returnToPartner(STAFF, "Add the Spanish version");
        material.editMetadata(MaterialType.POSTER, null, null, Set.of("heat"), Set.of(), Set.of());
        assertThat(material.type()).isEqualTo(MaterialType.POSTER);
    }
}
