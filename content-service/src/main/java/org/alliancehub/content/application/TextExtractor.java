package org.alliancehub.content.application;

import java.nio.file.Path;
import java.time.Duration;

/** Reads what a document says: its real type, its text and metadata, and its language. */
public interface TextExtractor {

    /** How far extraction may go. */
    record Limits(Duration timeout, int maxCharacters, int maxEmbeddingDepth) {
    }

    /** What was read. {@code truncated} when the text reached {@code maxCharacters}. */
    record Document(String text, boolean truncated, Integer pageCount, String title, String author, String created,
                    String language) {
    }

    /** The media type of the bytes (the file's name is not consulted: names lie). */
    String detectMediaType(Path file);

    /**
     * Extracts, or throws {@link Failed} with a reason a partner can act on. {@code mediaType} is
     * what {@link #detectMediaType} found at upload, so the bytes are not examined twice; null
     * detects again.
     */
    Document extract(Path file, String mediaType, Limits limits);

    /** Extraction could not read the file; the message says why in plain words. */
    class Failed extends RuntimeException {
        public Failed(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
