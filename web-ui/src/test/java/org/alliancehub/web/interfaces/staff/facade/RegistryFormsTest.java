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
}
