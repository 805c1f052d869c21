package org.alliancehub.web.interfaces.facade;

import java.util.List;

/**
 * A published material as its page shows it, in one of its language versions. Classes with getters
 * rather than records: Jakarta Expression Language 5 (Jakarta EE 10) does not read record components.
 * Every text is plain, for the page to escape; {@link #getJsonLd()} is JSON safe inside a script element.
 */
public final class MaterialPageDto {

    private final String id;
    private final VersionDto shown;
    private final List<VersionDto> versions;
    private final String type;
    private final String allianceName;
    private final String agency;
    private final String publicationNumber;
    private final String publicationDate;
    private final List<String> topics;
    private final List<String> industries;
    private final List<String> audiences;
    private final List<String> programs;
    private final List<String> participants;
    private final String jsonLd;

    public MaterialPageDto(String id, VersionDto shown, List<VersionDto> versions, String type, String allianceName, String agency,
                           String publicationNumber, String publicationDate, List<String> topics, List<String> industries,
                           List<String> audiences, List<String> programs, List<String> participants, String jsonLd) {
        this.id = id;
        this.shown = shown;
        this.versions = versions;
        this.type = type;
        this.allianceName = allianceName;
        this.agency = agency;
        this.publicationNumber = publicationNumber;
        this.publicationDate = publicationDate;
        this.topics = topics;
        this.industries = industries;
        this.audiences = audiences;
        this.programs = programs;
        this.participants = participants;
        this.jsonLd = jsonLd;
    }

    public String getId() {
        return id;
    }

    /** The version the page shows: the reader's language when the material has it. */
    public VersionDto getShown() {
        return shown;
    }

    /** Every language version, the shown one first. */
    public List<VersionDto> getVersions() {
        return versions;
    }

    /** The versions other than the shown one ("also available in…"). */
    public List<VersionDto> getOtherVersions() {
        return versions.stream().filter(v -> v != shown).toList();
    }

    public String getType() {
        return type;
    }

    public String getAllianceName() {
        return allianceName;
    }

    public String getAgency() {
        return agency;
    }

    public String getPublicationNumber() {
        return publicationNumber;
    }

    public String getPublicationDate() {
        return publicationDate;
    }

    public List<String> getTopics() {
        return topics;
    }

    public List<String> getIndustries() {
        return industries;
    }

    public List<String> getAudiences() {
        return audiences;
    }

    public List<String> getPrograms() {
        return programs;
    }

    public List<String> getParticipants() {
        return participants;
    }

    public String getJsonLd() {
        return jsonLd;
    }

    /** One language version: its own title and summary, and its file when it has one. */
    public static final class VersionDto {
        private final String language;
        private final String title;
        private final String summary;
        private final boolean translationOutdated;
        private final String downloadHref;
        private final String fileName;
        private final String mediaType;
        private final long size;
        private final Integer pageCount;

        public VersionDto(String language, String title, String summary, boolean translationOutdated, String downloadHref,
                          String fileName, String mediaType, long size, Integer pageCount) {
            this.language = language;
            this.title = title;
            this.summary = summary;
            this.translationOutdated = translationOutdated;
            this.downloadHref = downloadHref;
            this.fileName = fileName;
            this.mediaType = mediaType;
            this.size = size;
            this.pageCount = pageCount;
        }

        public String getLanguage() {
            return language;
        }

        public String getTitle() {
            return title;
        }

        public String getSummary() {
            return summary;
        }

        public boolean isTranslationOutdated() {
            return translationOutdated;
        }

        /** Null when the version has no file (an external link or text only). */
        public String getDownloadHref() {
            return downloadHref;
        }

        public String getFileName() {
            return fileName;
        }

        /** The file's format as readers know it: PDF, DOCX… */
        public String getFormat() {
            if (fileName != null && fileName.lastIndexOf('.') > 0) {
                return fileName.substring(fileName.lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT);
            }
            return mediaType;
        }

        /** The size in whole kilobytes, at least 1. */
        public long getSizeKb() {
            return Math.max(1, (size + 1023) / 1024);
        }

        public Integer getPageCount() {
            return pageCount;
        }
    }
}
