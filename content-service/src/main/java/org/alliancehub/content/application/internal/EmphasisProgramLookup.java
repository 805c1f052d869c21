package org.alliancehub.content.application.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.alliancehub.content.application.NotFound;
import org.alliancehub.domain.model.program.EmphasisProgram;
import org.alliancehub.domain.model.program.EmphasisProgramRepository;

/** Emphasis programs by the codes a request names; an unknown code is a 404 that names it. */
@ApplicationScoped
public class EmphasisProgramLookup {

    @Inject
    EmphasisProgramRepository emphasisPrograms;

    public Set<EmphasisProgram> byCodes(Set<String> codes) {
        Set<EmphasisProgram> result = new LinkedHashSet<>();
        if (codes != null) {
            for (String code : codes) {
                result.add(emphasisPrograms.find(code).orElseThrow(() -> new NotFound("emphasis program", code)));
            }
        }
        return result;
    }
}
