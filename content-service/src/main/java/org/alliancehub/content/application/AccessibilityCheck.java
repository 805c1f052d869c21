package org.alliancehub.content.application;

import java.nio.file.Path;
import java.util.Optional;

import org.alliancehub.domain.model.material.PdfAccessibility;

/** Reads what a file offers assistive technology; only PDFs are checked. */
public interface AccessibilityCheck {

    /**
     * The findings for a file of this media type (as detected at upload); empty when the type is
     * not checked or the file cannot be opened (password-protected, damaged). Never throws: a
     * finding is never why an extraction fails.
     */
    Optional<PdfAccessibility> check(Path file, String mediaType);
}
