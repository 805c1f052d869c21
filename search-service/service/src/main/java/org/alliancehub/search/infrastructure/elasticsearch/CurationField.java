package org.alliancehub.search.infrastructure.elasticsearch;

import java.util.List;

import org.alliancehub.search.application.CuratedRank;
import org.alliancehub.search.application.Folding;

/**
 * One entry of the nested {@code curation} field of material and activity documents: the program by
 * its folded key (as the program filter compares), the reader language, the rank and whether it is
 * featured. Nested, so that a sort reads the rank of one program and language, never another's.
 */
public class CurationField {

    static final String PATH = "curation";

    public String program;
    public String language;
    public int rank;
    public boolean featured;

    static List<CurationField> of(List<CuratedRank> ranks) {
        if (ranks == null || ranks.isEmpty()) {
            return null;
        }
        return ranks.stream().map(r -> {
            CurationField field = new CurationField();
            field.program = Folding.fold(r.program());
            field.language = r.language();
            field.rank = r.rank();
            field.featured = r.featured();
            return field;
        }).toList();
    }

    /** Whether the document is featured in {@code program} for readers of {@code language}. */
    static boolean featured(List<CurationField> curation, String program, String language) {
        if (curation == null || program == null || language == null) {
            return false;
        }
        String key = Folding.fold(program);
        return curation.stream().anyMatch(c -> c.featured && key.equals(c.program) && language.equals(c.language));
    }
}
