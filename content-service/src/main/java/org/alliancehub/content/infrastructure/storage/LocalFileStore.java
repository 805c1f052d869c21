package org.alliancehub.content.infrastructure.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.alliancehub.content.application.FileStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * Files on local disk under {@code alliancehub.files.dir}: {@code ab/cd/abcd…} by SHA-256, written
 * to a staging file first and moved into place atomically, so a half-written upload is never seen.
 */
@ApplicationScoped
public class LocalFileStore implements FileStore {

    private static final Logger LOG = TracedLogger.of(LocalFileStore.class);

    @Inject
    @ConfigProperty(name = "alliancehub.files.dir")
    Optional<String> configuredRoot;

    private Path root;
    private static final java.util.regex.Pattern HASH = java.util.regex.Pattern.compile("[0-9a-f]{64}");
    /** Keeping a file and deleting an unreferenced one take turns. */
    private final Object keeping = new Object();

    @PostConstruct
    void prepare() {
        root = configuredRoot.map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "alliancehub-files"))
                .toAbsolutePath();
        if (configuredRoot.isEmpty()) {
            LOG.warning("alliancehub.files.dir is not set; keeping uploaded files in " + root);
        }
        try {
            Files.createDirectories(root.resolve("staging"));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot use " + root + " for files: " + e.getMessage(), e);
        }
    }

    @Override
    public Staged stage(InputStream in, long maxBytes) throws IOException {
        Path staging = Files.createTempFile(root.resolve("staging"), "upload-", ".part");
        MessageDigest digest = sha256();
        long size = 0;
        try (OutputStream out = Files.newOutputStream(staging)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                size += n;
                if (size > maxBytes) {
                    throw new TooLarge(maxBytes);
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(staging);
            throw e;
        }
        return new StagedFile(staging, HexFormat.of().formatHex(digest.digest()), size);
    }

    @Override
    public Path locate(String sha256) throws IOException {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IOException("Not a SHA-256: " + sha256);
        }
        Path file = pathOf(sha256);
        if (!Files.isRegularFile(file)) {
            throw new IOException("No stored file " + sha256);
        }
        return file;
    }

    @Override
    public Stream<Kept> kept() throws IOException {
        return Files.walk(root, 3)
                .filter(path -> path.getNameCount() - root.getNameCount() == 3 && HASH.matcher(path.getFileName().toString()).matches())
                .map(path -> {
                    try {
                        return new Kept(path.getFileName().toString(), Files.size(path), Files.getLastModifiedTime(path).toInstant());
                    } catch (IOException e) {
                        // deleted while listing
                        return null;
                    }
                })
                .filter(java.util.Objects::nonNull);
    }

    @Override
    public boolean deleteIfNotKeptSince(String sha256, Instant keptBefore) throws IOException {
        Path file = locate(sha256);
        // the same lock as keep(): a duplicate upload either refreshes the time first, or finds the file gone and stores it anew
        synchronized (keeping) {
            if (!Files.getLastModifiedTime(file).toInstant().isBefore(keptBefore)) {
                return false;
            }
            return Files.deleteIfExists(file);
        }
    }

    private Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class StagedFile implements Staged {
        private final Path staging;
        private final String sha256;
        private final long size;
        private boolean kept;

        StagedFile(Path staging, String sha256, long size) {
            this.staging = staging;
            this.sha256 = sha256;
            this.size = size;
        }

        @Override
        public String sha256() {
            return sha256;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public Path path() {
            return staging;
        }

        @Override
        public boolean keep() throws IOException {
            Path target = pathOf(sha256);
            Files.createDirectories(target.getParent());
            kept = true;
            synchronized (keeping) {
                if (Files.exists(target)) {
                    Files.deleteIfExists(staging);
                    // kept again now: a sweep of unreferenced files leaves it alone
                    Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
                    return true;
                }
                try {
                    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException e) {
                    Files.deleteIfExists(staging);
                    return true;
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(staging, target);
                }
                // a new file's time is that of its upload, just written
                return false;
            }
        }

        @Override
        public void close() {
            if (!kept) {
                try {
                    Files.deleteIfExists(staging);
                } catch (IOException e) {
                    LOG.warning("Could not delete staged upload " + staging + ": " + e.getMessage());
                }
            }
        }
    }
}
