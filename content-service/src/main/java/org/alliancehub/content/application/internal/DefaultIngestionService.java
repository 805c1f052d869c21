package org.alliancehub.content.application.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.alliancehub.content.application.AcceptedMediaTypes;
import org.alliancehub.content.application.ExtractionQueue;
import org.alliancehub.content.application.FileStore;
import org.alliancehub.content.application.IngestionService;
import org.alliancehub.content.application.NotFound;
import org.alliancehub.content.application.TextExtractor;
import org.alliancehub.domain.model.DomainRuleViolation;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.account.Role;
import org.alliancehub.domain.model.language.LanguageCode;
import org.alliancehub.domain.model.material.Extraction;
import org.alliancehub.domain.model.material.Material;
import org.alliancehub.domain.model.material.MaterialRepository;
import org.alliancehub.domain.model.material.StoredFile;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Upload: stream to staging while hashing (size-limited), detect the real type from the bytes, then
 * in one short transaction check who may, keep the file once by hash and attach it; then queue
 * extraction. Staging comes first so that a slow upload holds no database connection, and nothing is
 * kept unless the caller may attach it (the multipart body has been received by then either way).
 */
@ApplicationScoped
public class DefaultIngestionService implements IngestionService {

    static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    @Inject
    MaterialRepository materials;

    @Inject
    FileStore files;

    @Inject
    TextExtractor extractor;

    @Inject
    ExtractionQueue extractions;

    @Inject
    Attacher attacher;

    @Inject
    @ConfigProperty(name = "alliancehub.upload.max-bytes", defaultValue = "52428800")
    long maxBytes;

    @Override
    public Upload upload(Caller caller, String materialId, String language, String fileName, InputStream content) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        LanguageCode lang = LanguageCode.of(language);
        try (FileStore.Staged staged = files.stage(content, maxBytes)) {
            if (staged.size() == 0) {
                throw new DomainRuleViolation("upload", "The file is empty.");
            }
            String mediaType = AcceptedMediaTypes.baseType(extractor.detectMediaType(staged.path()));
            if (!AcceptedMediaTypes.isAccepted(mediaType)) {
                throw new UnsupportedType(mediaType);
            }
            StoredFile file = new StoredFile(staged.sha256(), safeName(fileName), mediaType, staged.size(),
                    OffsetDateTime.now(ZoneOffset.UTC));
            Upload upload = attacher.keepAndAttach(caller, materialId, lang, staged, file);
            extractions.schedule(new ExtractionQueue.Job(materialId, lang.tag(), file.sha256(), mediaType));
            return upload;
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be stored", e);
        }
    }

    @Override
    @Transactional
    public Download download(Caller caller, String materialId, String language) {
        LanguageCode lang = LanguageCode.of(language);
        Material material = materials.find(materialId)
                .filter(m -> mayRead(caller, m))
                .orElseThrow(() -> new NotFound("material", materialId));
        StoredFile file = material.version(lang).flatMap(v -> v.file())
                .orElseThrow(() -> new NotFound("file of the " + lang + " version of material", materialId));
        try {
            return new Download(files.locate(file.sha256()), file);
        } catch (IOException e) {
            throw new UncheckedIOException("The stored file is missing", e);
        }
    }

    @Override
    public int resumePendingExtractions() {
        java.util.List<ExtractionQueue.Job> jobs = attacher.pendingExtractions();
        jobs.forEach(extractions::schedule);
        return jobs.size();
    }

    /**
     * Keeps what a browser may say about a name: letters, digits, dots, dashes, spaces; at most 255.
     * Composed first (NFC): macOS sends "í" as "i" and a combining accent, which would otherwise be
     * replaced.
     */
    static String safeName(String name) {
        String base = name == null ? "" : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC).replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        String cleaned = base.replaceAll("[^\\p{L}\\p{N}._ ()-]", "_").strip();
        if (cleaned.isEmpty() || cleaned.matches("\\.+")) {
            cleaned = "file";
        }
        return cleaned.length() > 255 ? cleaned.substring(cleaned.length() - 255) : cleaned;
    }

    /** Published materials are anyone's to read; drafts, submissions and withdrawn ones their alliance's and staff's. */
    static boolean mayRead(Caller caller, Material material) {
        return material.state().isPublic() || caller.mayEditFor(material.alliance());
    }

    /** The short transaction of an upload, and the look for files still waiting for extraction. */
    @ApplicationScoped
    @Transactional
    public static class Attacher {

        @Inject
        MaterialRepository materials;

        public java.util.List<ExtractionQueue.Job> pendingExtractions() {
            java.util.List<ExtractionQueue.Job> jobs = new java.util.ArrayList<>();
            for (Material material : materials.withExtractionPending()) {
                for (var version : material.versions()) {
                    version.file().filter(StoredFile::isPresent).ifPresent(file -> {
                        if (version.extraction().filter(e -> e.status() == Extraction.Status.PENDING).isPresent()) {
                            jobs.add(new ExtractionQueue.Job(material.id(), version.language().tag(), file.sha256(), file.mediaType()));
                        }
                    });
                }
            }
            return jobs;
        }

        /**
         * Attaches the file if the caller may (a draft of an alliance it edits for, with a version in
         * that language), and only then keeps the staged bytes. Should the commit fail after that, the
         * kept file is unreferenced and the file sweep removes it.
         * <p>
         * The answer's {@code duplicate} says whether a version the caller may read already holds
         * the same bytes, not whether the store has them: otherwise a partner could learn, hash by
         * hash, what another alliance's unpublished drafts contain.
         */
        public Upload keepAndAttach(Caller caller, String materialId, LanguageCode lang, FileStore.Staged staged, StoredFile file) {
            Material material = materials.find(materialId).filter(m -> caller.mayEditFor(m.alliance()))
                    .orElseThrow(() -> new NotFound("material", materialId));
            // asked before attaching, so that the version being uploaded to does not count itself
            boolean duplicate = materials.holdingFile(file.sha256()).stream().anyMatch(m -> mayRead(caller, m));
            material.attachFile(lang, file);
            try {
                staged.keep();
            } catch (IOException e) {
                // unchecked, so that the transaction rolls back: no version may point at a missing file
                throw new UncheckedIOException("The upload could not be stored", e);
            }
            materials.store(material);
            return new Upload(material, file, duplicate);
        }
    }
}
