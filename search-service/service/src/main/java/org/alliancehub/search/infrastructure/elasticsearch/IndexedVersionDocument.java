package org.alliancehub.search.infrastructure.elasticsearch;

import java.util.List;
import java.util.Map;

import org.alliancehub.search.application.Folding;
import org.alliancehub.search.application.IndexedVersion;

/** The JSON source of a version document, field for field as mapped in {@code materials-index.json}. */
public class IndexedVersionDocument {

    /**
     * Languages with a stock Elasticsearch analyzer besides English and Spanish, by the key of
     * their fields under {@code local}; every other language is searched through the folded fields.
     */
    static final Map<String, String> LOCAL_ANALYSIS = Map.of(
            "pt", "pt", "fr", "fr", "de", "de", "it", "it",
            "zh", "cjk", "ja", "cjk", "ko", "cjk");

    public static final String KIND = "material";

    public String kind = KIND;
    public String materialId;
    public String language;
    public String title;
    /** Lower-cased and accent-free: "Árbol" sorts with "arbol", on any cluster, without a normalizer. */
    public String titleSort;
    public String summary;
    /** The text extracted from the version's file (capped by the content service). */
    public String text;
    public String type;
    public List<String> topics;
    public List<String> industries;
    public List<String> audiences;
    public List<String> programs;
    public List<String> programNames;
    /** Folded copies of the facet values: a filter typed without accents still matches. */
    public List<String> topicKeys;
    public List<String> industryKeys;
    public List<String> audienceKeys;
    public List<String> programKeys;
    /** The programs' curated ranks of this material, per reader language (nested). */
    public List<CurationField> curation;
    public String allianceId;
    public String allianceName;
    public String agency;
    public List<String> participants;
    public String publicationNumber;
    public String publicationDate;
    public String publishedAt;
    public List<String> availableLanguages;
    /** Title, summary and text again under {@code local.<key>} when the language has its own analyzer. */
    public Map<String, LocalText> local;
    /** Not indexed (the mapping disables it): the file a hit offers to download. */
    public org.alliancehub.contracts.search.SearchResults.Download download;

    public static class LocalText {
        public String title;
        public String summary;
        public String text;
    }

    static IndexedVersionDocument of(IndexedVersion version) {
        IndexedVersionDocument doc = new IndexedVersionDocument();
        doc.materialId = version.materialId();
        doc.language = version.language();
        doc.title = version.title();
        doc.titleSort = sortKey(version.title());
        doc.summary = version.summary();
        doc.text = version.text();
        doc.type = version.type();
        doc.topics = version.topics();
        doc.industries = version.industries();
        doc.audiences = version.audiences();
        doc.programs = version.programCodes();
        doc.programNames = version.programNames();
        doc.topicKeys = Folding.keys(version.topics());
        doc.industryKeys = Folding.keys(version.industries());
        doc.audienceKeys = Folding.keys(version.audiences());
        doc.programKeys = Folding.keys(version.programCodes());
        doc.curation = CurationField.of(version.curatedRanks());
        doc.allianceId = version.allianceId();
        doc.allianceName = version.allianceName();
        doc.agency = version.agency();
        doc.participants = version.participants();
        doc.publicationNumber = version.publicationNumber();
        doc.publicationDate = version.publicationDate() == null ? null : version.publicationDate().toString();
        doc.publishedAt = version.publishedAt() == null ? null : version.publishedAt().toString();
        doc.availableLanguages = version.availableLanguages();
        doc.download = version.download();
        String localKey = localKey(version.language());
        if (localKey != null) {
            LocalText local = new LocalText();
            local.title = version.title();
            local.summary = version.summary();
            local.text = version.text();
            doc.local = Map.of(localKey, local);
        }
        return doc;
    }

    /** The {@code local} field group for a language tag ("pt-BR" → "pt", "zh-Hant" → "cjk"), or null. */
    static String localKey(String languageTag) {
        if (languageTag == null) {
            return null;
        }
        String primary = languageTag.split("-")[0].toLowerCase(java.util.Locale.ROOT);
        return LOCAL_ANALYSIS.get(primary);
    }

    static String sortKey(String title) {
        return Folding.fold(title == null ? "" : title);
    }
}
