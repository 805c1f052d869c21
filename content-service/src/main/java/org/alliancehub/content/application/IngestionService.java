package org.alliancehub.content.application;

import java.io.InputStream;
import java.nio.file.Path;

import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.material.Material;
import org.alliancehub.domain.model.material.StoredFile;

/** Uploading a version's original file, extracting its text off the request, and downloading it. */
public interface IngestionService {

    /**
     * The material after the upload, the file's real type, and whether a version the caller may read
     * (published, of an alliance it acts for, or any for staff) held the same bytes before.
     */
    record Upload(Material material, StoredFile file, boolean duplicate) {
    }

    /** A stored original, ready to stream. */
    record Download(Path path, StoredFile file) {
    }

    /**
     * Stores the file of the version in {@code language} and schedules its extraction. Refuses types
     * other than documents and images ({@link UnsupportedType}) and files over the limit
     * ({@link FileStore.TooLarge}); nothing stored changes when it refuses.
     */
    Upload upload(Caller caller, String materialId, String language, String fileName, InputStream content);

    Download download(Caller caller, String materialId, String language);

    /**
     * Queues again every file still waiting for extraction: jobs are held in memory, so those
     * queued when the service stopped would otherwise wait forever. Returns how many.
     */
    int resumePendingExtractions();

    /** The bytes are of a type the portal does not take. */
    class UnsupportedType extends RuntimeException {
        public UnsupportedType(String mediaType) {
            super("Files of type " + mediaType + " are not accepted. Upload PDF, Word (DOC, DOCX), PowerPoint (PPT, PPTX), "
                    + "Excel (XLS, XLSX), OpenDocument (ODT, ODS, ODP), EPUB, RTF, HTML, plain text, "
                    + "or an image (PNG, JPEG, GIF, TIFF, WebP, SVG).");
        }
    }
}
