package org.alliancehub.content.infrastructure.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.alliancehub.content.application.FileStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileStoreTest {

    @TempDir
    Path root;

    private LocalFileStore store;

    @BeforeEach
    void open() {
        store = new LocalFileStore();
        store.configuredRoot = Optional.of(root.toString());
        store.prepare();
    }

    private String keep(String text) throws IOException {
        try (FileStore.Staged staged = store.stage(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1_000)) {
            staged.keep();
            return staged.sha256();
        }
    }

    private void age(String sha256, Duration by) throws IOException {
        Path file = store.locate(sha256);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(by)));
    }

    @Test
    void listsKeptFilesAndDeletesOnlyThoseNotKeptSince() throws IOException {
        String old = keep("a fact sheet nobody holds any more");
        String fresh = keep("a poster uploaded a minute ago");
        age(old, Duration.ofDays(2));
        try (var kept = store.kept()) {
            assertThat(kept.map(FileStore.Kept::sha256)).containsExactlyInAnyOrder(old, fresh);
        }

        Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
        assertThat(store.deleteIfNotKeptSince(fresh, dayAgo)).isFalse();
        assertThat(store.deleteIfNotKeptSince(old, dayAgo)).isTrue();
        try (var kept = store.kept()) {
            assertThat(kept.map(FileStore.Kept::sha256)).containsExactly(fresh);
        }
    }

    @Test
    void uploadingTheSameBytesAgainKeepsTheFileFromTheSweep() throws IOException {
        String sha = keep("the same toolbox talk");
        age(sha, Duration.ofDays(2));
        assertThat(keep("the same toolbox talk")).isEqualTo(sha);
        assertThat(store.deleteIfNotKeptSince(sha, Instant.now().minus(Duration.ofDays(1)))).isFalse();
        assertThat(store.locate(sha)).exists();
    }
}
