package org.alliancehub.search.infrastructure.elasticsearch;

import java.util.List;

import org.alliancehub.search.application.IndexedVersion;

/** The JSON source of a version document, field for field as mapped in {@code materials-index.json}. */
public class IndexedVersionDocument {

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
    public String allianceId;
    public String allianceName;
    public String agency;
    public List<String> participants;
    public String publicationNumber;
    public String publicationDate;
    public String publishedAt;
    public List<String> availableLanguages;

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
        doc.allianceId = version.allianceId();
        doc.allianceName = version.allianceName();
        doc.agency = version.agency();
        doc.participants = version.participants();
        doc.publicationNumber = version.publicationNumber();
        doc.publicationDate = version.publicationDate() == null ? null : version.publicationDate().toString();
        doc.publishedAt = version.publishedAt() == null ? null : version.publishedAt().toString();
        doc.availableLanguages = version.availableLanguages();
        return doc;
    }

    static String sortKey(String title) {
        String decomposed = java.text.Normalizer.normalize(title == null ? "" : title, java.text.Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT);
    }
}
