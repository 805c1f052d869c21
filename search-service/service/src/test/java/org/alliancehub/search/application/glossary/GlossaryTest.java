package org.alliancehub.search.application.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class GlossaryTest {

    private static final String SAMPLE = """
            # a comment
            fall\tcaída
            fall protection\tprotección contra caídas
            hard hat | safety helmet\tcasco
            scaffold\tandamio
            trench collapse\tderrumbe de zanja
            trench\tzanja
            injury\tlesión
            worker\ttrabajador
            """;

    private static Glossary sample() throws IOException {
        return Glossary.parse(new StringReader(SAMPLE));
    }

    private static List<String> translations(Glossary glossary, String query) {
        return glossary.find(query).stream().flatMap(m -> m.term().translations().stream()).toList();
    }

    @Test
    void readsPairsAndBothSidesAlternatives() throws IOException {
        Glossary glossary = sample();
        assertThat(glossary.pairs()).isEqualTo(8);
        assertThat(translations(glossary, "safety helmet")).containsExactly("casco");
        assertThat(translations(glossary, "casco")).containsExactly("hard hat", "safety helmet");
    }

    @Test
    void takesTheLongestPhraseAtEachWord() throws IOException {
        Glossary glossary = sample();
        assertThat(glossary.find("fall protection for roofers")).extracting(Glossary.Match::matched)
                .containsExactly("fall protection");
        assertThat(translations(glossary, "trench collapse")).containsExactly("derrumbe de zanja");
        assertThat(translations(glossary, "trench box")).containsExactly("zanja");
    }

    @Test
    void isBlindToAccentsCaseAndPlurals() throws IOException {
        Glossary glossary = sample();
        assertThat(translations(glossary, "PROTECCION CONTRA CAIDAS")).containsExactly("fall protection");
        assertThat(translations(glossary, "andamios")).containsExactly("scaffold");
        assertThat(translations(glossary, "scaffolds")).containsExactly("andamio");
        assertThat(translations(glossary, "lesiones de trabajadores")).containsExactly("injury", "worker");
        assertThat(translations(glossary, "ladder")).isEmpty();
    }

    @Test
    void suggestsTermsByFoldedPrefix() throws IOException {
        Glossary glossary = sample();
        assertThat(glossary.startingWith("caí", null, 5)).extracting(Glossary.Term::text).containsExactly("caída");
        assertThat(glossary.startingWith("tr", "en", 5)).extracting(Glossary.Term::text)
                .containsExactly("trench", "trench collapse");
        assertThat(glossary.startingWith("tr", "es", 5)).extracting(Glossary.Term::text).containsExactly("trabajador");
    }

    @Test
    void refusesALineWithoutBothSides() {
        assertThatThrownBy(() -> Glossary.parse(new StringReader("fall\tcaída\nladder only\n")))
                .isInstanceOf(Glossary.InvalidGlossary.class).hasMessageContaining("line 2");
    }
}
