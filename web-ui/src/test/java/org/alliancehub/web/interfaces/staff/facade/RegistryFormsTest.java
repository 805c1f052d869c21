package org.alliancehub.web.interfaces.staff.facade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class RegistryFormsTest {

    @Test
    void anOrganizationLeavesBlanksOutAndTrimsText() {
        var body = RegistryForms.organization("  Roofers Union  ", "UNION", " ");
        assertThat(body.getString("name")).isEqualTo("Roofers Union");
        assertThat(body.getString("type")).isEqualTo("UNION");
        assertThat(body.containsKey("website")).isFalse();
    }

    @Test
    void onlyAPartnerActsForOrganizations() {
        var partner = RegistryForms.account("pat", "Pat", "PARTNER", Arrays.asList("org-1", "", null, "org-1"), true, null);
        assertThat(partner.getJsonArray("organizationIds").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("org-1");
        assertThat(partner.containsKey("password")).as("an update without a password keeps the old one").isFalse();
        var curator = RegistryForms.account("cora", null, "CURATOR", List.of("org-1"), false, "chosen");
        assertThat(curator.getJsonArray("organizationIds")).isEmpty();
        assertThat(curator.getBoolean("active")).isFalse();
        assertThat(curator.containsKey("displayName")).isFalse();
        assertThat(curator.getString("password")).isEqualTo("chosen");
    }

    @Test
    void initialPasswordsAreLongAndDiffer() {
        String first = RegistryForms.initialPassword();
        assertThat(first).hasSizeGreaterThanOrEqualTo(20).matches("[A-Za-z0-9_-]+");
        assertThat(RegistryForms.initialPassword()).isNotEqualTo(first);
    }

    @Test
    void aTermStepSendsOnlyWhatItsActionReads() {
        var renewal = RegistryForms.term("renew", 3, java.time.LocalDate.of(2026, 5, 1));
        assertThat(renewal.getInt("years")).isEqualTo(3);
        assertThat(renewal.containsKey("on")).isFalse();
        var conclusion = RegistryForms.term("conclude", 3, java.time.LocalDate.of(2026, 5, 1));
        assertThat(conclusion.getString("on")).isEqualTo("2026-05-01");
        assertThat(conclusion.containsKey("years")).isFalse();
        var today = RegistryForms.term("conclude", 5, null);
        assertThat(today.containsKey("on")).as("the service concludes it today").isFalse();
        assertThat(RegistryForms.term("promote-to-ambassador", 5, null).keySet()).containsExactly("action");
    }

    @Test
    void aProgramLeavesOpenDatesOut() {
        var body = RegistryForms.program(" NEP-HEAT ", "OSHA", "NATIONAL", "Heat", "Calor", java.time.LocalDate.of(2022, 4, 8), null);
        assertThat(body.getString("code")).isEqualTo("NEP-HEAT");
        assertThat(body.getString("startsOn")).isEqualTo("2022-04-08");
        assertThat(body.containsKey("endsOn")).isFalse();
    }
}
