package org.alliancehub.web.interfaces.search.facade;

import java.util.List;

/**
 * One page of search results as the portal shows it. Classes with getters rather than records:
 * Jakarta Expression Language 5 (Jakarta EE 10) does not read record components.
 */
public final class SearchPageDto {

    private final String query;
    private final long total;
    private final int page;
    private final int size;
    private final List<HitDto> hits;
    private final List<FacetDto> languages;
    private final String didYouMean;

    public SearchPageDto(String query, long total, int page, int size, List<HitDto> hits, List<FacetDto> languages,
                         String didYouMean) {
        this.query = query;
        this.total = total;
        this.page = page;
        this.size = size;
        this.hits = List.copyOf(hits);
        this.languages = List.copyOf(languages);
        this.didYouMean = didYouMean;
    }

    /** A corrected spelling of the query when some of its words are unknown, else null. */
    public String getDidYouMean() {
        return didYouMean;
    }

    public String getQuery() {
        return query;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    public int getSize() {
        return size;
    }

    public List<HitDto> getHits() {
        return hits;
    }

    public List<FacetDto> getLanguages() {
        return languages;
    }

    public long getPages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }

    /**
     * A hit. {@code titleHtml} and {@code snippetHtml} are safe HTML (escaped text with {@code <mark>}
     * only); every other field is plain text that the page escapes.
     */
    public static final class HitDto {
        private final String materialId;
        private final String language;
        private final String title;
        private final String titleHtml;
        private final String snippetHtml;
        private final String type;
        private final String allianceName;
        private final String agency;
        private final String publicationNumber;
        private final boolean otherLanguage;

        public HitDto(String materialId, String language, String title, String titleHtml, String snippetHtml,
                      String type, String allianceName, String agency, String publicationNumber, boolean otherLanguage) {
            this.materialId = materialId;
            this.language = language;
            this.title = title;
            this.titleHtml = titleHtml;
            this.snippetHtml = snippetHtml;
            this.type = type;
            this.allianceName = allianceName;
            this.agency = agency;
            this.publicationNumber = publicationNumber;
            this.otherLanguage = otherLanguage;
        }

        /** Not in the reader's language: the material has no version in it. */
        public boolean isOtherLanguage() {
            return otherLanguage;
        }

        public String getMaterialId() {
            return materialId;
        }

        public String getLanguage() {
            return language;
        }

        public String getTitle() {
            return title;
        }

        public String getTitleHtml() {
            return titleHtml;
        }

        public String getSnippetHtml() {
            return snippetHtml;
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
    }

    public static final class FacetDto {
        private final String value;
        private final long count;

        public FacetDto(String value, long count) {
            this.value = value;
            this.count = count;
        }

        public String getValue() {
            return value;
        }

        public long getCount() {
            return count;
        }
    }
}
