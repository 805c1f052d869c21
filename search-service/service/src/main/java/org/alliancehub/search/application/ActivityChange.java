package org.alliancehub.search.application;

/** What the change feed says about a training or an event: its public state now, or that it is no longer public. */
public record ActivityChange(long seq, IndexedActivity.Kind kind, String id, IndexedActivity activity) {

    public boolean removed() {
        return activity == null;
    }

    public String documentId() {
        return kind.feedKind() + ":" + id;
    }
}
