package org.alliancehub.web.interfaces.partner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class TimeZoneChoicesTest {

    private static final Instant WINTER = Instant.parse("2027-01-15T12:00:00Z");
    private static final Instant SUMMER = Instant.parse("2027-07-15T12:00:00Z");

    @Test
    void theCommonZonesComeFirstThenEveryOtherRegionZoneOnce() {
        List<TimeZoneChoices.Choice> all = TimeZoneChoices.all(WINTER);
        assertThat(all.subList(0, TimeZoneChoices.COMMON.size())).extracting(TimeZoneChoices.Choice::zone)
                .containsExactlyElementsOf(TimeZoneChoices.COMMON);
        assertThat(all).extracting(TimeZoneChoices.Choice::zone).doesNotHaveDuplicates()
                .contains("Europe/Madrid", "Asia/Manila").noneMatch(zone -> zone.startsWith("Etc/") || !zone.contains("/"));
    }

    @Test
    void eachIsLabelledWithItsOffsetAtThatMoment() {
        assertThat(TimeZoneChoices.label("America/Chicago", WINTER)).isEqualTo("America/Chicago (UTC\u221206:00)");
        assertThat(TimeZoneChoices.label("America/Chicago", SUMMER)).isEqualTo("America/Chicago (UTC\u221205:00)");
        assertThat(TimeZoneChoices.label("America/Puerto_Rico", SUMMER)).isEqualTo("America/Puerto Rico (UTC\u221204:00)");
        assertThat(TimeZoneChoices.label("Europe/London", WINTER)).isEqualTo("Europe/London (UTC+00:00)");
    }

    @Test
    void onlyAnOfferedZoneIsTakenFromAPost() {
        assertThat(TimeZoneChoices.isOffered("America/Denver")).isTrue();
        assertThat(TimeZoneChoices.isOffered("Asia/Tokyo")).isTrue();
        assertThat(TimeZoneChoices.isOffered("UTC")).isFalse();
        assertThat(TimeZoneChoices.isOffered("America/Atlantis")).isFalse();
        assertThat(TimeZoneChoices.isOffered(null)).isFalse();
    }
}
