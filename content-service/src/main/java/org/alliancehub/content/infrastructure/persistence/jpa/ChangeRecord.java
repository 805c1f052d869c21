package org.alliancehub.content.infrastructure.persistence.jpa;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of the change-feed outbox. */
@Entity
@Table(name = "change_record")
public class ChangeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long seq;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(name = "entity_id", nullable = false, length = 36)
    private String entityId;

    @Column(nullable = false, length = 10)
    private String action;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    /** The public JSON representation for upserts; null for deletes. */
    @Column(columnDefinition = "text")
    private String data;

    protected ChangeRecord() {
        // for JPA
    }

    ChangeRecord(String kind, String entityId, String action, OffsetDateTime recordedAt, String data) {
        this.kind = kind;
        this.entityId = entityId;
        this.action = action;
        this.recordedAt = recordedAt;
        this.data = data;
    }

    Long seq() {
        return seq;
    }

    String kind() {
        return kind;
    }

    String entityId() {
        return entityId;
    }

    String action() {
        return action;
    }

    OffsetDateTime recordedAt() {
        return recordedAt;
    }

    String data() {
        return data;
    }
}
