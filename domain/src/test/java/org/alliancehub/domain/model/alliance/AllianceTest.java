package org.alliancehub.domain.model.alliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class AllianceTest {

    private static final List<Participant> UNION = List.of(new Participant("United Steelworkers", OrganizationType.UNION));

    @Test
    void mshaAlliancesAreNational() {
        assertThatThrownBy(() -> new Alliance("Mine alliance", Agency.MSHA, AllianceLevel.REGIONAL, "Region 8", null, UNION))
                .hasMessage("MSHA alliances are national.");
    }

    @Test
    void regionalAlliancesNameTheirRegion() {
        assertThatThrownBy(() -> new Alliance("Heat alliance", Agency.OSHA, AllianceLevel.REGIONAL, " ", null, UNION))
                .hasMessageContaining("names its region");

        Alliance alliance = new Alliance("Heat alliance", Agency.OSHA, AllianceLevel.AREA_OFFICE, " Houston North ", null, UNION);
        assertThat(alliance.regionOrOffice()).isEqualTo("Houston North");
    }

    @Test
    void nationalAlliancesCarryNoRegion() {
        Alliance alliance = new Alliance("Falls alliance", Agency.OSHA, AllianceLevel.NATIONAL, "ignored", null, UNION);
        assertThat(alliance.regionOrOffice()).isNull();
        assertThat(alliance.status()).isEqualTo(AllianceStatus.ACTIVE);
    }

    @Test
    void needsAParticipant() {
        assertThatThrownBy(() -> new Alliance("Empty", Agency.OSHA, AllianceLevel.NATIONAL, null, null, List.of()))
                .hasMessageContaining("at least one participant");
    }
}
