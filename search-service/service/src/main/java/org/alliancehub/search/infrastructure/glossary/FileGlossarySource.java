package org.alliancehub.search.infrastructure.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.alliancehub.search.application.glossary.Glossary;
import org.alliancehub.search.application.glossary.GlossarySource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * The reviewed glossary bundled with the service, or the file named by
 * {@code alliancehub.search.glossary-file}. A configured file is checked for changes at most every
 * {@code alliancehub.search.glossary-check-seconds}; a changed file is read again, and a file
 * that no longer parses leaves the last good glossary in use (and says why in the status).
 */
@ApplicationScoped
public class FileGlossarySource implements GlossarySource {

    private static final Logger LOG = TracedLogger.of(FileGlossarySource.class);
    static final String BUNDLED = "/org/alliancehub/search/glossary/safety-glossary-en-es.tsv";

    @Inject
    @ConfigProperty(name = "alliancehub.search.glossary-file")
    Optional<String> file;

    @Inject
    @ConfigProperty(name = "alliancehub.search.glossary-check-seconds", defaultValue = "10")
    long checkSeconds;

    private volatile Glossary glossary = Glossary.empty();
    private volatile OffsetDateTime loadedAt;
    private volatile FileTime loadedModified;
    private volatile long nextCheckNanos;
    private volatile String lastError;

    @PostConstruct
    void load() {
        if (file.isPresent() && !file.get().isBlank()) {
            reloadIfChanged(true);
        } else {
            try (InputStream in = FileGlossarySource.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("The bundled glossary " + BUNDLED + " is missing from the WAR");
                }
                install(Glossary.parse(new InputStreamReader(in, StandardCharsets.UTF_8)), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public Glossary current() {
        if (file.isPresent() && !file.get().isBlank() && System.nanoTime() - nextCheckNanos > 0) {
            reloadIfChanged(false);
        }
        return glossary;
    }

    private synchronized void reloadIfChanged(boolean first) {
        nextCheckNanos = System.nanoTime() + Duration.ofSeconds(checkSeconds).toNanos();
        Path path = Path.of(file.get());
        try {
            FileTime modified = Files.getLastModifiedTime(path);
            if (!first && modified.equals(loadedModified)) {
                return;
            }
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                install(Glossary.parse(reader), modified);
            }
            LOG.info("Glossary loaded from " + path + ": " + glossary.pairs() + " pairs");
        } catch (IOException | RuntimeException e) {
            lastError = e.getMessage();
            LOG.warning("Glossary " + path + " not loaded, keeping the previous one: " + e.getMessage());
        }
    }

    private void install(Glossary loaded, FileTime modified) {
        glossary = loaded;
        loadedModified = modified;
        loadedAt = OffsetDateTime.now(ZoneOffset.UTC);
        lastError = null;
    }

    @Override
    public Status status() {
        Glossary in = current();
        return new Status(file.filter(f -> !f.isBlank()).orElse("bundled:" + BUNDLED), loadedAt, in.pairs(), in.terms(), lastError);
    }
}
