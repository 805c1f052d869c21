package org.alliancehub.web.interfaces.partner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ActivityEditorTest {

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    @Test
    void aConflictListsOnlyWhatTheOtherPersonChangedWithBothValues() {
        Map<String, String> read = fields("title", "Heat safety day", "place", "Houston, TX", "timeZone", "America/Chicago");
        Map<String, String> theirs = fields("title", "Heat safety day", "place", "Pasadena, TX", "timeZone", "America/Chicago");
        Map<String, String> yours = fields("title", "Heat illness prevention day", "place", "Houston, TX", "timeZone", "America/Chicago");
        assertThat(ActivityEditor.conflicts(read, theirs, yours))
                .containsExactly(new MaterialEditor.Conflict(null, "place", "Pasadena, TX", "Houston, TX"));
    }

    @Test
    void nothingChangedMeanwhileIsNoConflict() {
        Map<String, String> read = fields("title", "Heat safety day", "place", null);
        assertThat(ActivityEditor.conflicts(read, new LinkedHashMap<>(read), fields("title", "Other", "place", "Here"))).isEmpty();
    }
}
