package org.alliancehub.web.interfaces.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class FeedRequestTest {

    @Test
    void allMaterialsInEnglishUnlessAsked() {
        assertThat(FeedRequest.from(Map.of())).isEqualTo(new FeedRequest("en", null, null, null));
        assertThat(FeedRequest.from(Map.of("lang", new String[] {" ES "}, "language", new String[] {""})))
                .isEqualTo(new FeedRequest("es", null, null, null));
    }

    @Test
    void filtersCombineAndKeepOneOrderInTheAddress() {
        FeedRequest request = FeedRequest.from(Map.of("alliance", new String[] {"7d1e0c2a-aaaa-4bbb-8ccc-123456789abc"},
                "program", new String[] {"NEP-HEAT"}, "language", new String[] {"pt-BR"}, "lang", new String[] {"es"},
                "utm_source", new String[] {"newsletter", "twice"}));
        assertThat(request).isEqualTo(new FeedRequest("es", "pt-br", "NEP-HEAT", "7d1e0c2a-aaaa-4bbb-8ccc-123456789abc"));
        assertThat(request.parameters().keySet()).containsExactly("language", "program", "alliance");
    }

    @Test
    void malformedOrRepeatedParametersAreRefusedByName() {
        assertInvalid(Map.of("lang", new String[] {"fr"}), "lang");
        assertInvalid(Map.of("language", new String[] {"<script>"}), "language");
        assertInvalid(Map.of("language", new String[] {"english-language-please"}), "language");
        assertInvalid(Map.of("program", new String[] {"NEP HEAT"}), "program");
        assertInvalid(Map.of("program", new String[] {"x".repeat(65)}), "program");
        assertInvalid(Map.of("alliance", new String[] {"../../etc"}), "alliance");
        assertInvalid(Map.of("alliance", new String[] {"a", "b"}), "alliance");
    }

    private static void assertInvalid(Map<String, String[]> parameters, String parameter) {
        assertThatThrownBy(() -> FeedRequest.from(parameters)).isInstanceOfSatisfying(FeedRequest.Invalid.class,
                e -> assertThat(e.parameter()).isEqualTo(parameter)).hasMessageStartingWith(parameter + " is");
    }
}
