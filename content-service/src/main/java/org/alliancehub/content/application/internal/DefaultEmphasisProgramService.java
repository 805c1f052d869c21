package org.alliancehub.content.application.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.alliancehub.content.application.EmphasisProgramService;
import org.alliancehub.content.application.NotFound;
import org.alliancehub.content.application.Page;
import org.alliancehub.content.application.PageRequest;
import org.alliancehub.content.application.ProgramCurationView;
import org.alliancehub.content.application.StaleVersion;
import org.alliancehub.content.application.StillReferenced;
import org.alliancehub.domain.model.DomainRuleViolation;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.account.Role;
import org.alliancehub.domain.model.activity.Activity;
import org.alliancehub.domain.model.activity.ActivityRepository;
import org.alliancehub.domain.model.activity.Event;
import org.alliancehub.domain.model.activity.TrainingProgram;
import org.alliancehub.domain.model.material.LanguageVersion;
import org.alliancehub.domain.model.material.Material;
import org.alliancehub.domain.model.material.MaterialRepository;
import org.alliancehub.domain.model.material.MaterialState;
import org.alliancehub.domain.model.program.CuratedItem;
import org.alliancehub.domain.model.program.EmphasisProgram;
import org.alliancehub.domain.model.program.EmphasisProgramRepository;

@ApplicationScoped
@Transactional
public class DefaultEmphasisProgramService implements EmphasisProgramService {

    @Inject
    PublicChangePublisher publicChanges;


    @Inject
    EmphasisProgramRepository programs;

    @Inject
    MaterialRepository materials;

    @Inject
    ActivityRepository activities;

    /** Candidates offered per kind: the newest public ones; more is a search the staff page does not need. */
    static final int CANDIDATES_PER_KIND = 200;

    @Override
    public EmphasisProgram create(Caller caller, ProgramDetails d) {
        caller.require(Role.CURATOR, Role.ADMIN);
        EmphasisProgram program = new EmphasisProgram(d.code(), d.agency(), d.scope(), d.nameEnglish(), d.nameSpanish(),
                d.startsOn(), d.endsOn());
        if (programs.find(program.code()).isPresent()) {
            throw new DomainRuleViolation("emphasis-program", "A program with the code " + program.code() + " exists already.");
        }
        programs.store(program);
        return program;
    }

    @Override
    public EmphasisProgram update(Caller caller, String code, ProgramDetails d, Long expectedVersion) {
        caller.require(Role.CURATOR, Role.ADMIN);
        EmphasisProgram program = get(code);
        StaleVersion.requireMatch("emphasis program", expectedVersion, program.version());
        program.describe(d.agency(), d.scope(), d.nameEnglish(), d.nameSpanish(), d.startsOn(), d.endsOn());
        programs.store(program);
        publicChanges.programChanged(program);
        return program;
    }

    @Override
    public EmphasisProgram get(String code) {
        return programs.find(code).orElseThrow(() -> new NotFound("emphasis program", code));
    }

    @Override
    public Page<EmphasisProgram> list(PageRequest page) {
        return new Page<>(programs.list(page.offset(), page.size()), page.page(), page.size(), programs.count());
    }

    @Override
    public void delete(Caller caller, String code) {
        caller.require(Role.CURATOR, Role.ADMIN);
        EmphasisProgram doomed = get(code);
        programs.referencedBy(code).ifPresent(referrers -> {
            throw new StillReferenced("emphasis program", referrers);
        });
        programs.remove(doomed);
    }

    @Override
    public ProgramCurationView curation(Caller caller, String code) {
        caller.require(Role.CURATOR, Role.ADMIN);
        return view(get(code));
    }

    @Override
    public ProgramCurationView curate(Caller caller, String code, List<CuratedItem> items, Long expectedVersion) {
        caller.require(Role.CURATOR, Role.ADMIN);
        EmphasisProgram program = get(code);
        StaleVersion.requireMatch("emphasis program", expectedVersion, program.version());
        List<CuratedItem> next = items == null ? List.of() : items;
        for (CuratedItem item : next) {
            Curatable found = find(item).orElseThrow(() -> new DomainRuleViolation("curation",
                    "There is no " + kindName(item.kind()) + " " + item.itemId() + "."));
            if (!found.visible()) {
                throw new DomainRuleViolation("curation", "\"" + found.title() + "\" is not published; only what readers can open is curated.");
            }
            if (!found.supports(program)) {
                throw new DomainRuleViolation("curation", "\"" + found.title() + "\" does not support " + program.code()
                        + "; its alliance names the programs it supports.");
            }
        }
        Set<CuratedItem> touched = new LinkedHashSet<>(program.curation());
        program.curate(next, caller.username(), OffsetDateTime.now(ZoneOffset.UTC));
        touched.addAll(next);
        programs.store(program);
        publicChanges.curationChanged(touched);
        return view(program);
    }

    /** What a curated item is now, whatever its kind. */
    private record Curatable(String title, String state, boolean visible, Set<EmphasisProgram> programs) {
        boolean supports(EmphasisProgram program) {
            return programs.contains(program);
        }
    }

    private Optional<Curatable> find(CuratedItem item) {
        return switch (item.kind()) {
            case MATERIAL -> materials.find(item.itemId())
                    .map(m -> new Curatable(title(m), m.state().name(), m.state().isPublic(), m.emphasisPrograms()));
            case TRAINING -> activities.find(TrainingProgram.class, item.itemId()).map(DefaultEmphasisProgramService::curatable);
            case EVENT -> activities.find(Event.class, item.itemId()).map(DefaultEmphasisProgramService::curatable);
        };
    }

    private static Curatable curatable(Activity<?> a) {
        return new Curatable(a.title(), a.state().name(), a.state().isPublic(), a.emphasisPrograms());
    }

    private ProgramCurationView view(EmphasisProgram program) {
        List<ProgramCurationView.Entry> entries = new ArrayList<>();
        Set<String> curated = new java.util.HashSet<>();
        for (CuratedItem item : program.curation()) {
            curated.add(item.kind() + ":" + item.itemId());
            Optional<Curatable> found = find(item);
            entries.add(new ProgramCurationView.Entry(item.kind().name(), item.itemId(), item.language(), item.featured(),
                    found.map(Curatable::title).orElse(null), found.map(Curatable::state).orElse("DELETED"),
                    found.map(Curatable::visible).orElse(false), found.map(f -> f.supports(program)).orElse(false)));
        }
        List<ProgramCurationView.Candidate> candidates = new ArrayList<>();
        materials.list(EnumSet.of(MaterialState.PUBLISHED), new MaterialRepository.Filter(null, null, null, null, program.code()),
                        0, CANDIDATES_PER_KIND).stream()
                .filter(m -> !curated.contains(CuratedItem.Kind.MATERIAL + ":" + m.id()))
                .map(m -> new ProgramCurationView.Candidate(CuratedItem.Kind.MATERIAL.name(), m.id(), title(m),
                        m.versions().stream().map(v -> v.language().tag()).toList(), m.updatedAt()))
                .forEach(candidates::add);
        activities.publishedTrainingsSupporting(program.code()).stream()
                .filter(t -> !curated.contains(CuratedItem.Kind.TRAINING + ":" + t.id())).limit(CANDIDATES_PER_KIND)
                .map(t -> candidate(CuratedItem.Kind.TRAINING, t, t.languages())).forEach(candidates::add);
        activities.publishedEventsSupporting(program.code()).stream()
                .filter(e -> !curated.contains(CuratedItem.Kind.EVENT + ":" + e.id())).limit(CANDIDATES_PER_KIND)
                .map(e -> candidate(CuratedItem.Kind.EVENT, e, e.languages())).forEach(candidates::add);
        candidates.sort(Comparator.comparing(ProgramCurationView.Candidate::updatedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return new ProgramCurationView(program.code(), program.version(), program.curatedAt(), program.curatedBy(), entries, candidates);
    }

    private static ProgramCurationView.Candidate candidate(CuratedItem.Kind kind, Activity<?> a, Set<String> languages) {
        return new ProgramCurationView.Candidate(kind.name(), a.id(), a.title(), languages.stream().sorted().toList(), a.updatedAt());
    }

    /** A material is named by its English title when it has one, else by its first version's. */
    private static String title(Material m) {
        return m.versions().stream().filter(v -> "en".equals(v.language().primaryLanguage())).findFirst()
                .or(() -> m.versions().stream().findFirst()).map(LanguageVersion::title).orElse(m.id());
    }

    static String kindName(CuratedItem.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
