package org.alliancehub.domain.model.material;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The original file of a language version: stored once, by its SHA-256, whatever it was called.
 * {@code mediaType} is what the bytes are, not what the name claims.
 */
@Embeddable
public class StoredFile {

    @Column(name = "file_sha256", length = 64)
    private String sha256;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "file_media_type", length = 150)
    private String mediaType;

    @Column(name = "file_size")
    private Long size;

    @Column(name = "file_uploaded_at")
    private OffsetDateTime uploadedAt;

    protected StoredFile() {
        // for JPA
    }

    public StoredFile(String sha256, String fileName, String mediaType, long size, OffsetDateTime uploadedAt) {
        this.sha256 = sha256;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
        this.uploadedAt = uploadedAt;
    }

    public String sha256() {
        return sha256;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size == null ? 0 : size;
    }

    public OffsetDateTime uploadedAt() {
        return uploadedAt;
    }

    /** JPA leaves an embedded object with all columns null instead of null. */
    public boolean isPresent() {
        return sha256 != null;
    }
}
