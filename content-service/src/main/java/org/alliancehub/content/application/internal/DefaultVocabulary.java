package org.alliancehub.content.application.internal;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.alliancehub.content.application.TagUsage;
import org.alliancehub.content.application.Vocabulary;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.account.Role;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultVocabulary implements Vocabulary {

    @Inject
    TagUsage usage;

    @Override
    public List<Term> suggest(Caller caller, Kind kind, String query, int limit) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        TagUsage.Scope scope = new TagUsage.Scope(caller.isStaff(), caller.isStaff() ? java.util.Set.of() : caller.organizationIds());
        return usage.mostUsed(kind, query == null ? "" : query.strip(), scope, Math.max(1, Math.min(limit, MAX_LIMIT)));
    }
}
