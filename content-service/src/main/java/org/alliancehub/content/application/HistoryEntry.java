package org.alliancehub.content.application;

import java.time.OffsetDateTime;

/** One lifecycle step of a material, training or event: from, to, who took it, when, and why. */
public record HistoryEntry(String from, String to, String by, OffsetDateTime at, String comment) {
}
