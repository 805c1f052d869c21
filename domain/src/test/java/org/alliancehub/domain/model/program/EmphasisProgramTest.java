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
}
