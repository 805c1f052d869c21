package org.alliancehub.content.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Original files, stored once by their SHA-256 (content-addressed), whatever they are called.
 * Local disk now; object storage can implement the same interface.
 */
public interface FileStore {

    /** A file received but not yet kept: checked first (type, size), then kept or discarded. */
    interface Staged extends AutoCloseable {
        String sha256();

        long size();

        /** Where the bytes are while staged, for type detection. */
        Path path();

        /** Keeps the bytes under their hash; true when the same bytes were kept already (a duplicate). */
        boolean keep() throws IOException;

        /** Discards the staged bytes unless kept. */
        @Override
        void close();
    }

    /** Streams {@code in} to a staging area, hashing it; more than {@code maxBytes} is {@link TooLarge}. */
    Staged stage(InputStream in, long maxBytes) throws IOException;

    /** The kept file with this hash. */
    Path locate(String sha256) throws IOException;

    /** A kept file: its hash, its size, and when it was last kept (stored, or uploaded again). */
    record Kept(String sha256, long size, java.time.Instant lastKept) {
    }

    /** Every kept file; the caller closes the stream. */
    java.util.stream.Stream<Kept> kept() throws IOException;

    /**
     * Deletes the kept file unless it was kept again at or after {@code keptBefore}: an upload of
     * the same bytes in the meantime wins. Returns whether it was deleted.
     */
    boolean deleteIfNotKeptSince(String sha256, java.time.Instant keptBefore) throws IOException;

    /** More bytes than allowed. */
    class TooLarge extends RuntimeException {
        private final long maxBytes;

        public TooLarge(long maxBytes) {
            super("The file is larger than the limit of " + (maxBytes / (1024 * 1024)) + " MB.");
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }
}
