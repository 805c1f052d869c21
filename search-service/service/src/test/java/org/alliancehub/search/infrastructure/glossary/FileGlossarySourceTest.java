package org.alliancehub.search.infrastructure.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A configured glossary file is picked up again when it changes, and a broken one never replaces a good one. */
class FileGlossarySourceTest {

    @TempDir
    Path directory;

    private static void write(Path file, String content, long secondsFromNow) throws IOException {
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(secondsFromNow)));
    }

    @Test
    void aChangedFileIsReloadedAndABrokenOneKeepsTheLastGood() throws IOException {
        Path file = directory.resolve("glossary.tsv");
        write(file, "fall\tcaída\n", 0);
        FileGlossarySource source = new FileGlossarySource();
        source.file = Optional.of(file.toString());
        source.checkSeconds = 0;
        source.load();
        assertThat(source.current().pairs()).isEqualTo(1);
        assertThat(source.current().alternativesFor("trench", 5)).isEmpty();

        write(file, "fall\tcaída\ntrench\tzanja\n", 10);
        assertThat(source.current().alternativesFor("trench", 5)).containsExactly("zanja");
        assertThat(source.status().pairs()).isEqualTo(2);
        assertThat(source.status().lastError()).isNull();

        write(file, "trench without a tab\n", 20);
        assertThat(source.current().pairs()).isEqualTo(2);
        assertThat(source.status().lastError()).contains("line 1");
    }

    @Test
    void withoutAFileTheBundledGlossaryIsUsed() {
        FileGlossarySource source = new FileGlossarySource();
        source.file = Optional.empty();
        source.checkSeconds = 10;
        source.load();
        assertThat(source.current().pairs()).isGreaterThanOrEqualTo(300);
        assertThat(source.status().source()).startsWith("bundled:");
    }
}
