package org.alliancehub.domain.model.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.alliancehub.domain.model.alliance.Agency;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.alliance.AllianceLevel;
import org.alliancehub.domain.model.material.Material;
import org.alliancehub.domain.model.material.MaterialType;
import org.alliancehub.domain.model.organization.Organization;
import org.alliancehub.domain.model.organization.OrganizationType;
import org.junit.jupiter.api.Test;

class EmphasisProgramTest {

    private final EmphasisProgram heat = new EmphasisProgram("nep-heat", Agency.OSHA, EmphasisProgram.Scope.NATIONAL,
            "Outdoor and Indoor Heat-Related Hazards", "Peligros relacionados con el calor", LocalDate.of(2022, 4, 8), null);
    private final EmphasisProgram haulage = new EmphasisProgram("MSHA-HAULAGE", Agency.MSHA, EmphasisProgram.Scope.NATIONAL,
            "Powered haulage", "Acarreo motorizado", null, null);

    @Test
    void codesAreCanonicalAndNamesBilingual() {
        assertThat(heat.code()).isEqualTo("NEP-HEAT");
        assertThatThrownBy(() -> new EmphasisProgram("x", Agency.OSHA, EmphasisProgram.Scope.LOCAL, "A", "B", null, null))
                .hasMessageContaining("2 to 40");
        assertThatThrownBy(() -> new EmphasisProgram("LEP-1", Agency.OSHA, EmphasisProgram.Scope.LOCAL, "Only English", " ", null, null))
                .hasMessageContaining("in Spanish");
    }

    @Test
    void activeBetweenItsDates() {
        assertThat(heat.isActiveOn(LocalDate.of(2022, 4, 8))).isTrue();
        assertThat(heat.isActiveOn(LocalDate.of(2021, 1, 1))).isFalse();
        assertThatThrownBy(() -> new EmphasisProgram("LEP-2", Agency.OSHA, EmphasisProgram.Scope.LOCAL, "A", "B",
                LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1))).hasMessageContaining("ends after it starts");
    }

    @Test
    void materialsSupportProgramsOfTheirOwnAgency() {
        Alliance alliance = new Alliance("A", Agency.OSHA, AllianceLevel.NATIONAL, null, null,
                List.of(new Organization("U", OrganizationType.UNION, null)), null);
        Material material = new Material(alliance, MaterialType.POSTER, null, null, Set.of("heat"));
        material.supportPrograms(Set.of(heat));
        assertThat(material.emphasisPrograms()).containsExactly(heat);
        assertThatThrownBy(() -> material.supportPrograms(Set.of(haulage))).hasMessageContaining("MSHA's");

        material.classify(Set.of(" construction ", "agriculture"), Set.of("workers"));
        assertThat(material.industries()).containsExactlyInAnyOrder("construction", "agriculture");
        assertThat(material.audiences()).containsExactly("workers");
    }

    @Test
    void eachReaderSeesTheFeaturedPlacesFirstThenThePinnedOnesInTheStaffsOrder() {
        java.time.OffsetDateTime at = java.time.OffsetDateTime.parse("2026-12-02T10:00Z");
        heat.curate(List.of(
                new CuratedItem(CuratedItem.Kind.MATERIAL, "m-poster", null, false),
                new CuratedItem(CuratedItem.Kind.MATERIAL, "m-guia", "ES", true),
                new CuratedItem(CuratedItem.Kind.EVENT, "e-webinar", null, true),
                new CuratedItem(CuratedItem.Kind.MATERIAL, "m-guide", "en", false)), "curator", at);

        assertThat(heat.orderFor("es")).extracting(CuratedItem::itemId).containsExactly("m-guia", "e-webinar", "m-poster");
        assertThat(heat.orderFor("en")).extracting(CuratedItem::itemId).containsExactly("e-webinar", "m-poster", "m-guide");
        assertThat(heat.placementOf(CuratedItem.Kind.MATERIAL, "m-poster", "es"))
                .contains(new EmphasisProgram.Placement("es", 3, false));
        assertThat(heat.placementOf(CuratedItem.Kind.MATERIAL, "m-guia", "en")).isEmpty();
        // the same id as another kind is another item
        assertThat(heat.placementOf(CuratedItem.Kind.TRAINING, "m-poster", "en")).isEmpty();
        assertThat(heat.curatedBy()).isEqualTo("curator");
        assertThat(heat.curatedAt()).isEqualTo(at);
    }

    @Test
    void anItemIsPlacedOncePerReaderAndTheListHasALimit() {
        java.time.OffsetDateTime at = java.time.OffsetDateTime.parse("2026-12-02T10:00Z");
        CuratedItem everyone = new CuratedItem(CuratedItem.Kind.MATERIAL, "m-1", null, false);
        assertThatThrownBy(() -> heat.curate(List.of(everyone, new CuratedItem(CuratedItem.Kind.MATERIAL, "m-1", "es", true)), "c", at))
                .hasMessageContaining("placed twice");
        // once per language is fine
        heat.curate(List.of(new CuratedItem(CuratedItem.Kind.MATERIAL, "m-1", "en", false),
                new CuratedItem(CuratedItem.Kind.MATERIAL, "m-1", "es", true)), "c", at);
        assertThat(heat.curation()).hasSize(2);

        List<CuratedItem> tooMany = java.util.stream.IntStream.rangeClosed(0, EmphasisProgram.MOST_CURATED)
                .mapToObj(i -> new CuratedItem(CuratedItem.Kind.TRAINING, "t-" + i, null, false)).toList();
        assertThatThrownBy(() -> heat.curate(tooMany, "c", at)).hasMessageContaining("at most " + EmphasisProgram.MOST_CURATED);
        // a refused list leaves the stored one as it was
        assertThat(heat.curation()).hasSize(2);

        assertThatThrownBy(() -> new CuratedItem(CuratedItem.Kind.MATERIAL, "m-2", "spanish!", false)).hasMessageContaining("language code");
        assertThatThrownBy(() -> new CuratedItem(null, "m-2", null, false)).hasMessageContaining("kind");
        heat.curate(List.of(), "c", at);
        assertThat(heat.orderFor("en")).isEmpty();
    }
}
