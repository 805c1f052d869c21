package org.alliancehub.content.application;

import java.util.List;

import org.alliancehub.contracts.content.ContentContract;
import org.alliancehub.contracts.content.PublicMaterial;
import org.alliancehub.contracts.feed.EventDocument;
import org.alliancehub.contracts.feed.MaterialDocument;
import org.alliancehub.contracts.feed.ProgramReference;
import org.alliancehub.domain.model.program.CuratedItem;
import org.alliancehub.contracts.feed.TrainingDocument;
import org.alliancehub.domain.model.activity.Event;
import org.alliancehub.domain.model.activity.TrainingProgram;
import org.alliancehub.domain.model.material.Extraction;
import org.alliancehub.domain.model.material.LanguageVersion;
import org.alliancehub.domain.model.material.Material;
import org.alliancehub.domain.model.organization.Organization;
import org.alliancehub.domain.model.program.EmphasisProgram;

/**
 * Makes the public documents (the contracts module's records) from the domain: what anyone may see
 * of a published material, training or event. The change feed carries them with each version's
 * extracted text; the public API answers them without it.
 */
public final class PublicDocuments {

    /** The extracted text carried per version: enough to find and highlight any manual by its words. */
    static final int TEXT_LIMIT = 100_000;

    private PublicDocuments() {
    }

    /** The public API's answer: the feed's document without the text. */
    public static PublicMaterial publicMaterial(Material m) {
        MaterialDocument d = material(m, false);
        return new PublicMaterial(ContentContract.VERSION, d.id(), d.allianceId(), d.allianceName(), d.agency(), d.participants(),
                d.type(), d.publicationNumber(), d.publicationDate(), d.topics(), d.industries(), d.audiences(), d.emphasisPrograms(),
                d.publishedAt(), d.updatedAt(), d.versions());
    }

    /** The change feed's document, with each version's extracted text. */
    public static MaterialDocument material(Material m) {
        return material(m, true);
    }

    private static MaterialDocument material(Material m, boolean withText) {
        return new MaterialDocument(m.id(), m.alliance().id(), m.alliance().name(), m.alliance().agency().name(),
                m.alliance().participants().stream().map(Organization::name).toList(), m.type().name(), m.publicationNumber(),
                m.publicationDate(), List.copyOf(m.topics()), List.copyOf(m.industries()), List.copyOf(m.audiences()),
                programs(m.emphasisPrograms(), CuratedItem.Kind.MATERIAL, m.id()), m.publishedAt(), m.updatedAt(),
                m.versions().stream().map(v -> version(v, withText)).toList());
    }

    private static MaterialDocument.Version version(LanguageVersion v, boolean withText) {
        MaterialDocument.File file = v.file()
                .map(f -> new MaterialDocument.File(f.fileName(), f.mediaType(), f.size(), f.sha256()))
                .orElse(null);
        MaterialDocument.Extraction extraction = v.extraction().map(Extraction::pageCount).map(MaterialDocument.Extraction::new).orElse(null);
        String text = !withText ? null : v.extraction().map(Extraction::text).map(t -> t.length() <= TEXT_LIMIT ? t : t.substring(0, TEXT_LIMIT)).orElse(null);
        return new MaterialDocument.Version(v.language().tag(), v.title(), v.summary(), v.externalLink(), v.translationOutdated(),
                v.updatedAt(), file, extraction, text);
    }

    public static TrainingDocument training(TrainingProgram t) {
        return new TrainingDocument(t.id(), t.alliance().id(), t.alliance().name(), t.alliance().agency().name(), t.title(),
                t.description(), List.copyOf(t.topics()), List.copyOf(t.audiences()), t.languages().stream().sorted().toList(),
                t.format().name(), t.durationMinutes(), t.provider(), t.contactName(), t.contactEmail(), t.link(),
                programs(t.emphasisPrograms(), CuratedItem.Kind.TRAINING, t.id()), t.updatedAt());
    }

    public static EventDocument event(Event s) {
        return new EventDocument(s.id(), s.alliance().id(), s.alliance().name(), s.alliance().agency().name(), s.kind().name(),
                s.title(), s.description(), s.startsAt(), s.endsAt(), s.timeZone(), s.localStart().toLocalDateTime(),
                s.place(), s.onlineLink(), s.registrationLink(), s.languages().stream().sorted().toList(),
                programs(s.emphasisPrograms(), CuratedItem.Kind.EVENT, s.id()), s.updatedAt());
    }

    /** The portal's reader languages: a document's curated rank is computed for each. */
    public static final List<String> READER_LANGUAGES = List.of("en", "es");

    private static List<ProgramReference> programs(java.util.Collection<EmphasisProgram> programs, CuratedItem.Kind kind, String id) {
        return programs.stream().map(p -> new ProgramReference(p.code(), p.nameEnglish(), p.nameSpanish(),
                READER_LANGUAGES.stream().flatMap(language -> p.placementOf(kind, id, language).stream())
                        .map(placed -> new ProgramReference.Placement(placed.language(), placed.rank(), placed.featured()))
                        .toList())).toList();
    }
}
