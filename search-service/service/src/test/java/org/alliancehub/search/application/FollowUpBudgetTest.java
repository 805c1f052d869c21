package org.alliancehub.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FollowUpBudgetTest {

    @Test
    void aSearchJustStartedMayFollowUpOneThatTookLongerThanTheBudgetMayNot() {
        assertThat(FollowUpBudget.startingNow().allowsFollowUp()).isTrue();
        long overBudget = System.nanoTime() - FollowUpBudget.BUDGET.toNanos() - 1;
        assertThat(new FollowUpBudget(overBudget).allowsFollowUp()).isFalse();
    }
}
