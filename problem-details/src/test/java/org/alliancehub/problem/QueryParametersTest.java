package org.alliancehub.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueryParametersTest {

    enum Sort { RELEVANCE, NEWEST_FIRST }

    @Test
    void numbersThatAreNotWholeNumbersNameTheParameter() {
        assertThat(QueryParameters.wholeNumber("page", null, 1)).isEqualTo(1);
        assertThat(QueryParameters.wholeNumber("page", " 7 ", 1)).isEqualTo(7);
        assertThat(QueryParameters.wholeNumber("page", "99999999999999999999", 1)).isEqualTo(Long.MAX_VALUE);
        for (String bad : new String[] {"abc", "1.5", "1e3", "0x10"}) {
            assertThatThrownBy(() -> QueryParameters.wholeNumber("page", bad, 1))
                    .isInstanceOfSatisfying(InvalidParameter.class, e -> assertThat(e.parameter()).isEqualTo("page"))
                    .hasMessageContaining("page is a whole number");
        }
        assertThatThrownBy(() -> QueryParameters.between1And("size", "0", 8, 20)).hasMessage("size is between 1 and 20.");
    }

    @Test
    void choicesTextFlagsAndDatesReadTheSameEverywhere() {
        assertThat(QueryParameters.choice("sort", "newest-first", Sort.class)).isEqualTo(Sort.NEWEST_FIRST);
        assertThatThrownBy(() -> QueryParameters.choice("sort", "oldest", Sort.class)).hasMessage("sort is one of [relevance, newest-first].");
        assertThat(QueryParameters.text("name", "  Local 12 ", 200)).isEqualTo("Local 12");
        assertThatThrownBy(() -> QueryParameters.text("name", "x".repeat(201), 200)).hasMessage("name has at most 200 characters.");
        assertThat(QueryParameters.flag("active", "TRUE")).isTrue();
        assertThatThrownBy(() -> QueryParameters.flag("active", "maybe")).hasMessage("active is true or false.");
        assertThat(QueryParameters.date("from", "2024-05-31")).hasToString("2024-05-31");
        assertThatThrownBy(() -> QueryParameters.date("from", "31/05/2024")).hasMessage("from is a date like 2024-05-31.");
    }

    @Test
    void oneRuleForEveryListing() {
        assertThat(Paging.of(null, null)).isEqualTo(new Paging(1, Paging.DEFAULT_SIZE));
        assertThat(Paging.of("3", "100").offset()).isEqualTo(200);
        assertThatThrownBy(() -> Paging.of("0", null)).hasMessage("page starts at 1.");
        assertThatThrownBy(() -> Paging.of(null, "101")).hasMessage("size is between 1 and 100.");
        assertThatThrownBy(() -> Paging.of("101", "100")).isInstanceOfSatisfying(InvalidParameter.class,
                e -> assertThat(e.parameter()).isEqualTo("page")).hasMessageContaining("10000 items deep");
        assertThatThrownBy(() -> Paging.of("99999999999", null)).isInstanceOf(InvalidParameter.class);
    }
}
