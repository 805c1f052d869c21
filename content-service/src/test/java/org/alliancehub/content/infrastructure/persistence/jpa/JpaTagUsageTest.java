package org.alliancehub.content.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliancehub.content.application.Vocabulary;
import org.junit.jupiter.api.Test;

/** The query's folding and its text; the counts and order themselves are checked against PostgreSQL (ContentApiIT). */
class JpaTagUsageTest {

    @Test
    void theQueryTextIsFoldedAsTheStoredValuesAre() {
        assertThat(JpaTagUsage.fold(" Caídas ")).isEqualTo("caidas");
        assertThat(JpaTagUsage.fold("ÁNDAMIOS Ñ Ç ø")).isEqualTo("andamios n c o");
        assertThat(JpaTagUsage.fold(null)).isEmpty();
        // each accented letter has its plain one, letter by letter
        for (int i = 0; i < JpaTagUsage.ACCENTED.length(); i++) {
            assertThat(JpaTagUsage.PLAIN.charAt(i)).isBetween('A', 'z');
            assertThat(java.text.Normalizer.normalize(String.valueOf(JpaTagUsage.ACCENTED.charAt(i)), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").replace('Ø', 'O').replace('ø', 'o'))
                    .isEqualTo(String.valueOf(JpaTagUsage.PLAIN.charAt(i)));
        }
    }

    @Test
    void wildcardsTypedAreTakenLiterally() {
        assertThat(LikePattern.startingWith("50%_off")).isEqualTo("50\\%\\_off%");
        assertThat(LikePattern.containing("a\\b")).isEqualTo("%a\\\\b%");
    }

    @Test
    void eachKindCountsItsOwnTablesAndOnlyBoundValues() {
        assertThat(JpaTagUsage.sql(Vocabulary.Kind.TOPICS)).contains("material_topic", "training_topic").doesNotContain("industry");
        assertThat(JpaTagUsage.sql(Vocabulary.Kind.INDUSTRIES)).contains("material_industry").doesNotContain("training_");
        assertThat(JpaTagUsage.sql(Vocabulary.Kind.AUDIENCES)).contains("material_audience", "training_audience");
        assertThat(Vocabulary.Kind.named(" Topics ")).contains(Vocabulary.Kind.TOPICS);
        assertThat(Vocabulary.Kind.named("places")).isEmpty();
        assertThat(Vocabulary.Kind.named(null)).isEmpty();
    }
}
