package org.alliancehub.domain.model.program;

import java.util.List;
import java.util.Optional;

public interface EmphasisProgramRepository {

    Optional<EmphasisProgram> find(String code);

    List<EmphasisProgram> list(int offset, int limit);

    long count();

    void store(EmphasisProgram program);

    /** What still supports the program (materials, trainings, events), or empty. */
    java.util.Optional<String> referencedBy(String code);

    void remove(EmphasisProgram program);
}
