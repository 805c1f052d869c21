package org.alliancehub.web.interfaces.staff.facade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.alliancehub.web.infrastructure.client.workspace.ProgramCuration;
import org.junit.jupiter.api.Test;

class CuratedListTest {

    private static CuratedList list() {
        return new CuratedList(new ProgramCuration("NEP-HEAT", 7, null, null,
                List.of(new ProgramCuration.Entry("MATERIAL", "m-1", null, true, "Heat poster", "PUBLISHED", true, true),
                        new ProgramCuration.Entry("EVENT", "e-1", "es", false, "Semana del calor", "PUBLISHED", true, true),
                        new ProgramCuration.Entry("MATERIAL", "m-old", null, false, "Old guide", "WITHDRAWN", false, true)),
                List.of(new ProgramCuration.Candidate("TRAINING", "t-1", "Heat training", List.of("en"), OffsetDateTime.parse("2026-11-01T00:00Z")))));
    }

    @Test
    void rowsMoveWithinTheListOnly() {
        CuratedList list = list();
        assertThat(list.isChanged()).isFalse();
        assertThat(list.move(0, -1)).isFalse();
        assertThat(list.move(2, 1)).isFalse();
        assertThat(list.isChanged()).isFalse();
        assertThat(list.move(1, -1)).isTrue();
        assertThat(list.getRows()).extracting(CuratedList.Row::getId).containsExactly("e-1", "m-1", "m-old");
        assertThat(list.isChanged()).isTrue();
    }

    @Test
    void candidatesJoinTheEndAndPublicRowsGoBackWhenRemoved() {
        CuratedList list = list();
        assertThat(list.add("TRAINING", "t-1")).isTrue();
        assertThat(list.add("TRAINING", "t-1")).as("once").isFalse();
        assertThat(list.getCandidates()).isEmpty();
        assertThat(list.getRows().get(3).getTitle()).isEqualTo("Heat training");
        list.remove(0);
        assertThat(list.getCandidates()).extracting(ProgramCuration.Candidate::id).containsExactly("m-1");
        // an item readers no longer see leaves the list without becoming a candidate
        list.remove(1);
        assertThat(list.getCandidates()).extracting(ProgramCuration.Candidate::id).containsExactly("m-1");
        assertThat(list.remove(9)).isNull();
        assertThat(list.getRows().get(0).isShown()).isTrue();
    }

    @Test
    void theBodyIsTheWholeListInOrderWithLanguageOnlyWhereItIsOne() {
        CuratedList list = list();
        list.getRows().get(2).setFeatured(true);
        list.getRows().get(0).setLanguage(null);
        assertThat(list.version()).isEqualTo(7);
        assertThat(list.body().toString()).isEqualTo("{\"items\":["
                + "{\"kind\":\"MATERIAL\",\"id\":\"m-1\",\"featured\":true},"
                + "{\"kind\":\"EVENT\",\"id\":\"e-1\",\"featured\":false,\"language\":\"es\"},"
                + "{\"kind\":\"MATERIAL\",\"id\":\"m-old\",\"featured\":true}]}");
    }
}
