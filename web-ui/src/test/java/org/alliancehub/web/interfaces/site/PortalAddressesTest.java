package org.alliancehub.web.interfaces.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PortalAddressesTest {

    private final PortalAddresses portal = PortalAddresses.at("https://outreach.example.org/");

    @Test
    void pagesHaveOneAddressWithTheLanguageLast() {
        assertThat(portal.home("es")).isEqualTo("https://outreach.example.org/?lang=es");
        assertThat(portal.material("5f0c7d9e-1b2a-4c3d-8e9f-0a1b2c3d4e5f", "pt-BR"))
                .isEqualTo("https://outreach.example.org/material?id=5f0c7d9e-1b2a-4c3d-8e9f-0a1b2c3d4e5f&lang=pt-BR");
        assertThat(portal.program("NEP-HEAT", "en")).isEqualTo("https://outreach.example.org/program?code=NEP-HEAT&lang=en");
        assertThat(portal.list("/events", "es")).isEqualTo("https://outreach.example.org/events?lang=es");
        assertThat(portal.sitemap()).isEqualTo("https://outreach.example.org/sitemap.xml");
    }

    @Test
    void withoutALanguageTheAddressLeavesTheChoiceToTheBrowser() {
        assertThat(portal.home(null)).isEqualTo("https://outreach.example.org/");
        assertThat(portal.alliance("a1", null)).isEqualTo("https://outreach.example.org/alliance?id=a1");
    }

    @Test
    void parameterValuesAreEncodedInTheOrderGiven() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", "caídas & <script>");
        parameters.put("topic", "heat");
        assertThat(portal.page("/results", "es", parameters))
                .isEqualTo("https://outreach.example.org/results?q=ca%C3%ADdas+%26+%3Cscript%3E&topic=heat&lang=es");
    }

    @Test
    void aContextPathAndPortStay() {
        assertThat(PortalAddresses.at("http://localhost:8080/portal///").home("en")).isEqualTo("http://localhost:8080/portal/?lang=en");
    }

    @Test
    void aPublicAddressIsAnAbsoluteHttpUrl() {
        assertThatThrownBy(() -> PortalAddresses.at("outreach.example.org")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute http or https URL");
        assertThatThrownBy(() -> PortalAddresses.at("ftp://outreach.example.org")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PortalAddresses.at("https://outreach.example.org/?x=1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PortalAddresses.at("https://exa mple.org")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a URL");
    }
}
