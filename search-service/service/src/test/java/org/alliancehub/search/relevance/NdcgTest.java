package org.alliancehub.search.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NdcgTest {

    @Test
    void theIdealOrderScoresOneAndAWorseOrderLess() {
        Map<String, Integer> grades = Map.of("a", 3, "b", 2, "c", 1);
        assertThat(Ndcg.at(10, List.of("a", "b", "c"), grades)).isCloseTo(1.0, within(1e-9));
        assertThat(Ndcg.at(10, List.of("c", "b", "a"), grades)).isLessThan(0.8);
        assertThat(Ndcg.at(10, List.of("x", "y"), grades)).isZero();
        // a relevant result below the cut-off does not count
        assertThat(Ndcg.at(1, List.of("b", "a"), grades)).isCloseTo(3.0 / 7.0, within(1e-9));
    }
}
