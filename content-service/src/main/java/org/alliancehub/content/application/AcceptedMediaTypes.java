package org.alliancehub.content.application;

import java.util.Set;

/**
 * The document and image types partners may upload: what Tika reads and partners make (office
 * suites, Microsoft's and OpenDocument, e-books), as the detector names them from the bytes.
 */
public final class AcceptedMediaTypes {

    static final Set<String> DOCUMENTS = Set.of(
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            "application/epub+zip",
            "application/rtf",
            "text/html",
            "application/xhtml+xml",
            "text/plain");

    /** Images are kept for their metadata; they have no text to extract. */
    static final Set<String> IMAGES = Set.of(
            "image/png", "image/jpeg", "image/gif", "image/tiff", "image/webp", "image/svg+xml");

    private AcceptedMediaTypes() {
    }

    /** The type without parameters ({@code text/plain; charset=UTF-8} is {@code text/plain}). */
    public static String baseType(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(java.util.Locale.ROOT);
    }

    public static boolean isAccepted(String mediaType) {
        String base = baseType(mediaType);
        return DOCUMENTS.contains(base) || IMAGES.contains(base);
    }

    public static boolean isImage(String mediaType) {
        return IMAGES.contains(baseType(mediaType));
    }
}
