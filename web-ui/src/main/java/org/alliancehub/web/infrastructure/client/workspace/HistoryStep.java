package org.alliancehub.web.infrastructure.client.workspace;

import java.time.OffsetDateTime;

/** One lifecycle step of a material, training or event: from, to, who, when and why. */
public record HistoryStep(String from, String to, String by, OffsetDateTime at, String comment) {
}
