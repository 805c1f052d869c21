package org.alliancehub.domain.model.material.readability;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words divided by hand as Spanish spelling divides them. */
class SpanishSyllablesTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            // open and closed syllables
            "andamio, 3", "seguridad, 4", "trabajadores, 5", "escalera, 4", "arnés, 2", "casco, 2", "riesgo, 2",
            // diphthongs: strong + weak, weak + strong, two different weak vowels
            "aire, 2", "huevo, 2", "ciudad, 2", "protección, 3", "cuidado, 3", "guion, 1", "quiero, 2",
            // hiatus: two strong vowels, or an accented weak vowel
            "caída, 3", "país, 2", "leer, 2", "poeta, 3", "caer, 2", "oído, 3", "reúne, 3", "día, 2", "chiita, 3",
            // triphthongs and y
            "Uruguay, 3", "buey, 1", "hoy, 1", "muy, 1", "ley, 1", "y, 1", "mayo, 2", "ayuda, 3",
            // h between vowels, the silent u of que/gui
            "prohibido, 4", "búho, 2", "ahora, 3", "que, 1", "guerra, 2", "aquí, 2", "guía, 2",
            // capitals, parts
            "CAÍDAS, 3", "Equipo-de-protección, 7"
    })
    void countsTheSyllablesOf(String word, int syllables) {
        assertThat(SpanishSyllables.count(word)).isEqualTo(syllables);
    }

    @Test
    void anAccentWrittenAsACombiningMarkCountsTheSame() {
        String decomposed = Normalizer.normalize("caída", Normalizer.Form.NFD);
        assertThat(decomposed).hasSize(6);
        assertThat(SpanishSyllables.count(decomposed)).isEqualTo(3);
    }
}
