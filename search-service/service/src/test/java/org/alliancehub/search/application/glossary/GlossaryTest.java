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
    void forgivesATypoOrTwoByWordLengthWhereNoTermIsSpelledOut() throws IOException {
        Glossary glossary = sample();
        assertThat(glossary.find("proteccion contra caidsa")).singleElement().satisfies(m -> {
            assertThat(m.term().text()).isEqualTo("protección contra caídas");
            assertThat(m.edits()).as("a swap of neighbours is one typo").isEqualTo(1);
        });
        assertThat(translations(glossary, "sanjas")).as("the first letter too, and as a plural").containsExactly("trench");
        assertThat(translations(glossary, "andamos")).containsExactly("scaffold");
        assertThat(translations(glossary, "scafold")).containsExactly("andamio");
        assertThat(translations(glossary, "trabajdores")).containsExactly("worker");
        assertThat(glossary.find("trench")).singleElement().extracting(Glossary.Match::forgiven).isEqualTo(false);
        assertThat(glossary.find("derrumbe de zanja")).singleElement().extracting(Glossary.Match::edits).isEqualTo(0);
        assertThat(glossary.find("trench colapse")).as("a longer term through a typo beats a shorter one spelled out")
                .singleElement().satisfies(m -> assertThat(m.term().text()).isEqualTo("trench collapse"));
        assertThat(translations(glossary, "hall")).as("under five letters, the word is exact or nothing").isEmpty();
        assertThat(translations(glossary, "cascos")).as("the plural of casco, not a typo").containsExactly("hard hat", "safety helmet");
        assertThat(translations(glossary, "lesiom")).as("five letters or more forgive one typo").containsExactly("injury");
    }

    @Test
    void searchesAForgivenTermInItsOwnSpellingTooAndOffersTheCorrection() throws IOException {
        Glossary glossary = sample();
        assertThat(glossary.alternativesFor("sanjas", 5)).containsExactly("trench");
        assertThat(glossary.corrected("sanjas")).hasValue("zanja");
        assertThat(glossary.find("tengo miedo de que mi trabajador se caiga del andamos cuando llueve"))
                .as("a sentence's words are taken as typed: its typos are the spelling suggestion's").extracting(Glossary.Match::forgiven)
                .containsOnly(false);
        assertThat(glossary.alternativesFor("zanjas", 5)).as("spelled right, only the translation").containsExactly("trench");
        assertThat(glossary.corrected("Guía de ANDAMOS móviles")).hasValue("Guía de andamio móviles");
        assertThat(glossary.corrected("proteccion contra caidsa, por favor")).hasValue("protección contra caídas por favor");
        assertThat(glossary.corrected("andamios")).isEmpty();
        assertThat(glossary.corrected("")).isEmpty();
    }

    @Test
    void countsTyposAsElasticsearchDoes() {
        assertThat(Typos.between("forklfit", "forklift", 2)).isEqualTo(1);
        assertThat(Typos.between("silca", "silica", 1)).isEqualTo(1);
        assertThat(Typos.between("trenchng", "trench", 2)).isEqualTo(2);
        assertThat(Typos.between("ladder", "lesion", 2)).as("further than allowed stops early").isEqualTo(3);
        assertThat(Typos.between("abc", "abcdef", 1)).isEqualTo(2);
        assertThat(Typos.allowed(4)).isZero();
        assertThat(Typos.allowed(5)).isEqualTo(1);
        assertThat(Typos.allowed(9)).isEqualTo(2);
    }

    /**
     * The letters shortcut in {@link Typos#between} never changes an answer: checked against the
     * whole optimal-string-alignment table, on words one to four random edits apart (letters
     * repeated, swapped, digits, "ñ").
     */
    @Test
    void theLettersShortcutAnswersAsTheWholeTable() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "aaeeiioosstrnlcdmpbfgñ0123";
        int far = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder word = new StringBuilder();
            for (int i = 2 + random.nextInt(10); i > 0; i--) {
                word.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            StringBuilder edited = new StringBuilder(word);
            for (int e = 1 + random.nextInt(4); e > 0 && edited.length() > 1; e--) {
                int at = random.nextInt(edited.length());
                switch (random.nextInt(4)) {
                    case 0 -> edited.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> edited.deleteCharAt(at);
                    case 2 -> edited.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> {
                        if (at + 1 < edited.length()) {
                            char c = edited.charAt(at);
                            edited.setCharAt(at, edited.charAt(at + 1));
                            edited.setCharAt(at + 1, c);
                        }
                    }
                }
            }
            int max = random.nextInt(3);
            int expected = Math.min(alignment(word.toString(), edited.toString()), max + 1);
            far += expected > max ? 1 : 0;
            assertThat(Typos.between(word.toString(), edited.toString(), max)).as("%s / %s within %d", word, edited, max)
                    .isEqualTo(expected);
        }
        assertThat(far).as("pairs too far apart, which the shortcut may answer").isGreaterThan(1_000);
    }

    /** The optimal string alignment distance, the whole table, no shortcut. */
    private static int alignment(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
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
    void suggestsTermsAPrefixTypedWithATypoStartsLike() throws IOException {
        Glossary glossary = sample();
        assertThat(glossary.startingWith("trecnh", "en", 5)).as("two letters swapped").extracting(Glossary.Term::text)
                .containsExactly("trench", "trench collapse");
        assertThat(glossary.startingWith("trabjad", null, 5)).as("a letter dropped").extracting(Glossary.Term::text)
                .containsExactly("trabajador");
        assertThat(glossary.startingWith("trenc", "en", 5)).as("spelled right: no look-alikes after")
                .extracting(Glossary.Term::text).containsExactly("trench", "trench collapse");
        assertThat(glossary.startingWith("cia", null, 5)).as("too short to forgive").isEmpty();
        assertThat(glossary.startingWith("trench", "en", 1)).extracting(Glossary.Term::text).containsExactly("trench");
    }

    @Test
    void refusesALineWithoutBothSides() {
        assertThatThrownBy(() -> Glossary.parse(new StringReader("fall\tcaída\nladder only\n")))
                .isInstanceOf(Glossary.InvalidGlossary.class).hasMessageContaining("line 2");
    }
}
