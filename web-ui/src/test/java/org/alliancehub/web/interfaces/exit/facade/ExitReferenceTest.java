package org.alliancehub.web.interfaces.exit.facade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ExitReferenceTest {

    @Test
    void eachHolderNamesItsLink() {
        assertThat(ExitReference.from(Map.of("event", "e-1", "link", "online"))).contains(
                new ExitReference(ExitReference.Holder.EVENT, "e-1", ExitReference.EventLink.ONLINE, null));
        assertThat(ExitReference.from(Map.of("event", "e-1", "link", "Registration", "lang", "es"))).contains(
                new ExitReference(ExitReference.Holder.EVENT, "e-1", ExitReference.EventLink.REGISTRATION, null));
        assertThat(ExitReference.from(Map.of("training", " t-1 "))).contains(new ExitReference(ExitReference.Holder.TRAINING, "t-1", null, null));
        assertThat(ExitReference.from(Map.of("organization", "o-1", "lang", "en")))
                .contains(new ExitReference(ExitReference.Holder.ORGANIZATION, "o-1", null, null));
        assertThat(ExitReference.from(Map.of("material", "m-1", "version", "pt-BR", "lang", "es")))
                .contains(new ExitReference(ExitReference.Holder.MATERIAL, "m-1", null, "pt-BR"));
    }

    @Test
    void anAddressIsNeverAReference() {
        assertThat(ExitReference.from(Map.of("url", "https://evil.example"))).isEmpty();
        assertThat(ExitReference.from(Map.of("event", "https://evil.example", "link", "online"))).isEmpty();
        assertThat(ExitReference.from(Map.of("event", "e-1", "link", "https://evil.example"))).isEmpty();
        assertThat(ExitReference.from(Map.of("event", "e-1"))).as("an event has two links: which one").isEmpty();
        assertThat(ExitReference.from(Map.of("material", "m-1"))).as("a material's links are per language").isEmpty();
        assertThat(ExitReference.from(Map.of("material", "m-1", "version", "<b>"))).isEmpty();
        assertThat(ExitReference.from(Map.of("event", "e-1", "link", "online", "training", "t-1"))).as("one holder at a time").isEmpty();
        assertThat(ExitReference.from(Map.of("training", "x".repeat(65)))).isEmpty();
        assertThat(ExitReference.from(Map.of())).isEmpty();
    }
}
