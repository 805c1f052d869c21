package org.alliancehub.search.application.glossary;

import java.time.OffsetDateTime;

/** Where the glossary in use comes from; a changed source is picked up without reindexing. */
public interface GlossarySource {

    /** The glossary in use now (reloaded first if its file changed). */
    Glossary current();

    /** What is loaded: from where, when, how many pairs, and the last reload problem if any. */
    Status status();

    record Status(String source, OffsetDateTime loadedAt, int pairs, int terms, String lastError) {
    }
}
