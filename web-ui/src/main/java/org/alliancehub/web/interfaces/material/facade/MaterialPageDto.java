package org.alliancehub.web.interfaces.material.facade;

import java.util.List;

/**
 * A published material as its page shows it, in one of its language versions. A record: the page
 * reads it with method calls ({@code #{page.material.shown().title()}}), since Jakarta Expression
 * Language 5 does not read record components as properties. Every text is plain, for the page to
 * escape; {@code jsonLd} is JSON safe inside a script element.
 *
 * @param shown    the version the page shows: the reader's language when the material has it
 * @param versions every language version, the shown one first
 * @param onlyInLabel "Solo en inglés" when no version is in the reader's language, else null
 */
public record MaterialPageDto(String id, VersionDto shown, List<VersionDto> versions, String type, String allianceId,
                              String allianceName, String agency, String publicationNumber, String publicationDate,
                              String publicationDateLabel, List<String> topics, List<String> industries, List<String> audiences,
                              List<ProgramDto> programs, List<String> participants, String jsonLd,
                              String onlyInLabel) {

    /** An emphasis program the material supports: its code (the program page's address) and name in the reader's language. */
    public record ProgramDto(String code, String name) {
    }

    /** The versions other than the shown one ("also available in…"). */
    public List<VersionDto> otherVersions() {
        return versions.stream().filter(v -> v != shown).toList();
    }

    /**
     * One language version: its own title and summary, and its file when it has one.
     *
     * @param downloadHref null when the version has no file (an external link or text only)
     * @param externalLink whether the version has an external link (offered through the exit notice)
     * @param sizeLabel    the file's size as readers read it ("1.2 MB", "1,2 MB")
     */
    public record VersionDto(String language, String title, String summary, boolean translationOutdated, String downloadHref,
                             String fileName, String mediaType, long size, String sizeLabel, Integer pageCount, boolean externalLink) {

        /** The file's format as readers know it: PDF, DOCX… */
        public String format() {
            if (fileName != null && fileName.lastIndexOf('.') > 0) {
                return fileName.substring(fileName.lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT);
            }
            return mediaType;
        }
    }
}
