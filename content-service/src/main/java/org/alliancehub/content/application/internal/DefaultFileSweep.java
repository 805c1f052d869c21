package org.alliancehub.content.application.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.alliancehub.content.application.FileStore;
import org.alliancehub.content.application.FileSweep;
import org.alliancehub.content.application.ScheduledRuns;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.account.Role;
import org.alliancehub.domain.model.material.MaterialRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * Reads which files versions hold, then deletes the other kept files last kept before the grace
 * time. A file uploaded again meanwhile is kept anew by the store and so skipped: the store
 * compares the time under the same lock it keeps files with.
 */
@ApplicationScoped
public class DefaultFileSweep implements FileSweep {

    private static final Logger LOG = TracedLogger.of(DefaultFileSweep.class);

    @Inject
    FileStore files;

    @Inject
    MaterialRepository materials;

    @Inject
    ScheduledRuns runs;

    @Inject
    @ConfigProperty(name = "alliancehub.files.unreferenced-grace-minutes", defaultValue = "1440")
    long graceMinutes;

    @Override
    public Result sweep(Caller caller) {
        caller.require(Role.ADMIN);
        // an admin's sweep always runs, and counts as the interval's run for every instance's schedule
        runs.claim(TASK, Duration.ZERO);
        return sweep();
    }

    @Override
    public Result sweep() {
        Instant keptBefore = Instant.now().minus(Duration.ofMinutes(graceMinutes));
        Set<String> referenced = materials.referencedFileHashes();
        int deleted = 0;
        int waiting = 0;
        long bytes = 0;
        try (Stream<FileStore.Kept> kept = files.kept()) {
            for (FileStore.Kept file : (Iterable<FileStore.Kept>) kept::iterator) {
                if (referenced.contains(file.sha256())) {
                    continue;
                }
                if (file.lastKept().isBefore(keptBefore) && files.deleteIfNotKeptSince(file.sha256(), keptBefore)) {
                    deleted++;
                    bytes += file.size();
                } else {
                    waiting++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The stored files could not be swept", e);
        }
        Result result = new Result(deleted, bytes, waiting);
        if (deleted > 0) {
            LOG.info(() -> "Deleted " + result.deleted() + " unreferenced file(s), " + result.bytes() + " bytes");
        }
        return result;
    }
}
