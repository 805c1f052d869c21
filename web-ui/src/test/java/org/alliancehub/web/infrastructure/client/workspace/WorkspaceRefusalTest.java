package org.alliancehub.web.infrastructure.client.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkspaceRefusalTest {

    @Test
    void anEditConflictIsStaleAndAStepTheStateRefusesIsNot() {
        WorkspaceRefusal stale = WorkspaceRefusal.ofProblem(409, "{\"type\":\"https://alliancehub.org/problems/edit-conflict\","
                + "\"title\":\"Edit conflict\",\"status\":409,\"detail\":\"Changed meanwhile\"}");
        WorkspaceRefusal state = WorkspaceRefusal.ofProblem(409, "{\"type\":\"https://alliancehub.org/problems/material-lifecycle\","
                + "\"title\":\"Not allowed in this state\",\"status\":409,\"detail\":\"Only a draft is edited.\"}");
        assertThat(stale.isStale()).isTrue();
        assertThat(state.isStale()).isFalse();
        assertThat(state.detail()).isEqualTo("Only a draft is edited.");
    }

    @Test
    void aProblemWithoutDetailOrNotJsonStillSaysItsStatus() {
        WorkspaceRefusal titled = WorkspaceRefusal.ofProblem(400, "{\"title\":\"Bad Request\",\"status\":400,\"field\":\"title\"}");
        assertThat(titled.detail()).isEqualTo("Bad Request");
        assertThat(titled.field()).isEqualTo("title");
        WorkspaceRefusal html = WorkspaceRefusal.ofProblem(404, "<html>not found</html>");
        assertThat(html.isNotFound()).isTrue();
        assertThat(html.detail()).isNull();
    }
}
