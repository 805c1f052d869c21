package org.alliancehub.web.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkspaceDestinationTest {

    @Test
    void aWorkspacePathIsKept() {
        assertThat(WorkspaceDestination.of("/partner/material?id=m-1")).isEqualTo("/partner/material?id=m-1");
        assertThat(WorkspaceDestination.of("/account/password")).isEqualTo("/account/password");
    }

    @Test
    void anythingElseLeadsToTheDashboardSoTheSignInIsNoOpenRedirect() {
        assertThat(WorkspaceDestination.of(null)).isEqualTo(WorkspaceDestination.DASHBOARD);
        assertThat(WorkspaceDestination.of("https://evil.example/partner/")).isEqualTo(WorkspaceDestination.DASHBOARD);
        assertThat(WorkspaceDestination.of("//evil.example/partner/")).isEqualTo(WorkspaceDestination.DASHBOARD);
        assertThat(WorkspaceDestination.of("/partner//evil.example")).isEqualTo(WorkspaceDestination.DASHBOARD);
        assertThat(WorkspaceDestination.of("/partner/\\evil")).isEqualTo(WorkspaceDestination.DASHBOARD);
        assertThat(WorkspaceDestination.of("/partner/../results")).isEqualTo(WorkspaceDestination.DASHBOARD);
        assertThat(WorkspaceDestination.of("/results?q=x")).isEqualTo(WorkspaceDestination.DASHBOARD);
        assertThat(WorkspaceDestination.of("/account/sign-in?next=/partner/")).isEqualTo(WorkspaceDestination.DASHBOARD);
        assertThat(WorkspaceDestination.of("/partner/\r\nSet-Cookie:x")).isEqualTo(WorkspaceDestination.DASHBOARD);
    }
}
