package org.alliancehub.content.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.alliancehub.content.application.EmphasisProgramService;
import org.alliancehub.content.application.NotFound;
import org.alliancehub.content.application.Page;
import org.alliancehub.content.application.PageRequest;
import org.alliancehub.content.application.StaleVersion;
import org.alliancehub.content.application.StillReferenced;
import org.alliancehub.domain.model.DomainRuleViolation;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.account.Role;
import org.alliancehub.domain.model.program.EmphasisProgram;
import org.alliancehub.domain.model.program.EmphasisProgramRepository;

@ApplicationScoped
@Transactional
public class DefaultEmphasisProgramService implements EmphasisProgramService {

    @Inject
    PublicChangePublisher publicChanges;


    @Inject
    EmphasisProgramRepository programs;

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
}
