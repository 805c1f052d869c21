package org.alliancehub.search.application.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.alliancehub.search.application.Folding;
import org.junit.jupiter.api.Test;

/** The reviewed glossary shipped in the service: it parses, it is large enough, and it bridges what the tests need. */
class BundledGlossaryTest {

    private static Glossary bundled() throws IOException {
        try (InputStream in = BundledGlossaryTest.class.getResourceAsStream("/org/alliancehub/search/glossary/safety-glossary-en-es.tsv")) {
            return Glossary.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void holdsAtLeastThreeHundredPairs() throws IOException {
        assertThat(bundled().pairs()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void translatesTheDomainsCoreTermsBothWays() throws IOException {
        Glossary glossary = bundled();
        assertThat(glossary.alternativesFor("fall protection", 12)).contains("protección contra caídas");
        assertThat(glossary.alternativesFor("silica", 12)).contains("sílice");
        assertThat(glossary.alternativesFor("trench", 12)).contains("zanja");
        assertThat(glossary.alternativesFor("andamios", 12)).contains("scaffold");
        assertThat(glossary.alternativesFor("proteccion auditiva", 12)).contains("hearing protection");
        assertThat(glossary.alternativesFor("respirador", 12)).contains("respirator");
    }

    @Test
    void bridgesEveryCrossLanguageQueryOfTheRelevanceSet() throws IOException {
        Glossary glossary = bundled();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/relevance/cross-language-terms.tsv"));
        List<String> unbridged = lines.stream().filter(l -> !l.isBlank()).filter(line -> {
            String[] pair = line.split("\t");
            String english = Folding.fold(pair[0]);
            String spanish = Folding.fold(pair[1]);
            boolean forward = glossary.alternativesFor(pair[0], 50).stream().map(Folding::fold)
                    .anyMatch(t -> t.equals(spanish) || spanish.startsWith(t) || t.startsWith(spanish.replaceAll("s$", "")));
            boolean backward = glossary.alternativesFor(pair[1], 50).stream().map(Folding::fold)
                    .anyMatch(t -> t.equals(english) || english.startsWith(t) || t.startsWith(english.replaceAll("s$", "")));
            return !(forward || backward);
        }).toList();
        assertThat(unbridged).isEmpty();
    }
}
