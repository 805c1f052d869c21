package org.alliancehub.contracts.feed;

import java.time.OffsetDateTime;

import jakarta.json.JsonObject;

/**
 * One change of one public item: {@code kind} (see {@link FeedContract}), its {@code id}, the
 * {@code action}, and for an upsert the item's public document in {@code data}: a
 * {@link MaterialDocument}, {@link TrainingDocument} or {@link EventDocument} by kind, read with
 * {@link FeedDocuments}. {@code contract} is the contract version the entry was written under.
 */
public record ChangeEntry(String contract, long seq, String kind, String id, String action, OffsetDateTime at, JsonObject data) {

    public boolean isRemoval() {
        return FeedContract.DELETE.equals(action) || data == null;
    }
}
