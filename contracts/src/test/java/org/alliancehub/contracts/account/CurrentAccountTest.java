package org.alliancehub.contracts.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.junit.jupiter.api.Test;

class CurrentAccountTest {

    private final Jsonb json = JsonbBuilder.create();

    @Test
    void theAnswerSurvivesTheWireAndAReaderIgnoresWhatItDoesNotKnow() {
        CurrentAccount written = CurrentAccount.of("ana", List.of("partner"), List.of("o-1", "o-2"));
        assertThat(json.fromJson(json.toJson(written), CurrentAccount.class)).isEqualTo(written);
        CurrentAccount later = json.fromJson("{\"contract\":\"1.2\",\"username\":\"ana\",\"active\":true,\"roles\":[\"curator\"],"
                + "\"organizations\":[\"o-1\"]}", CurrentAccount.class);
        assertThat(later.isUnderstood()).isTrue();
        assertThat(later.roles()).containsExactly("curator");
    }

    @Test
    void anotherMajorVersionIsNotUnderstood() {
        assertThat(new CurrentAccount("2.0", "ana", true, List.of(), null).isUnderstood()).isFalse();
        assertThat(new CurrentAccount(null, "ana", true, List.of(), null).isUnderstood()).isTrue();
    }
}
