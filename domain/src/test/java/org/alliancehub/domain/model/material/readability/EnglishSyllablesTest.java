package org.alliancehub.domain.model.material.readability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words counted by hand against a dictionary's division, one for each rule. */
class EnglishSyllablesTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            // vowel groups
            "the, 1", "a, 1", "ladder, 2", "scaffold, 2", "hazard, 2", "harness, 2", "contact, 2", "heat, 1",
            "training, 2", "equipment, 3", "occupational, 5", "responsibility, 6", "notwithstanding, 4", "OSHA, 2",
            // silent e, and the e of consonant + le
            "make, 1", "whole, 1", "there, 1", "machine, 2", "exposure, 3", "table, 2", "simple, 2", "free, 1", "value, 2",
            // -ed and -es
            "trained, 1", "used, 1", "played, 1", "called, 1", "wanted, 2", "needed, 2", "handled, 2", "tried, 1",
            "makes, 1", "lives, 1", "boxes, 2", "places, 2", "changes, 2", "matches, 2", "tables, 2", "uses, 2", "goes, 1",
            "supplies, 2",
            // the silent e kept before a suffix
            "safety, 2", "lately, 2", "completely, 3", "useful, 2", "careful, 2", "statement, 2",
            // y
            "yes, 1", "type, 1", "player, 2", "employer, 3", "eye, 1", "dying, 2",
            // vowel pairs heard as two
            "media, 3", "material, 4", "alliance, 3", "radio, 3", "social, 2", "nation, 2", "union, 2", "actual, 3",
            "quality, 3", "language, 2", "situation, 4", "being, 2", "going, 2", "area, 3", "idea, 3", "sea, 1",
            "technique, 2",
            // listed
            "people, 2", "element, 3",
            // marks and parts
            "don't, 1", "worker's, 2", "café, 2", "train-the-trainer, 4"
    })
    void countsTheSyllablesOf(String word, int syllables) {
        assertThat(EnglishSyllables.count(word)).isEqualTo(syllables);
    }

    @ParameterizedTest
    @CsvSource({"'', 1", "'1926', 1", "'Ж', 1"})
    void everyWordHasAtLeastOneSyllable(String word, int syllables) {
        assertThat(EnglishSyllables.count(word)).isEqualTo(syllables);
    }
}
