package org.alliancehub.web.interfaces.exit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExitPageTest {

    @Test
    void goingBackStaysOnThePortal() {
        assertThat(ExitPage.samePortal("http://portal.example:8080/alliance?id=a-1&lang=es", "portal.example", ""))
                .isEqualTo("/alliance?id=a-1&lang=es");
        assertThat(ExitPage.samePortal("https://portal.example/hub/alliance?id=a-1", "portal.example", "/hub")).isEqualTo("/hub/alliance?id=a-1");
        assertThat(ExitPage.samePortal("https://evil.example/alliance", "portal.example", "")).isNull();
        assertThat(ExitPage.samePortal("https://portal.example/other-app/x", "portal.example", "/hub")).isNull();
        assertThat(ExitPage.samePortal("https://portal.example/exit?organization=o", "portal.example", "")).as("not back to a notice").isNull();
        assertThat(ExitPage.samePortal("not a uri at all %%", "portal.example", "")).isNull();
        assertThat(ExitPage.samePortal(null, "portal.example", "")).isNull();
    }
}
