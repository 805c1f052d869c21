package org.alliancehub.domain.model.account;

import java.util.List;
import java.util.Optional;

public interface AccountRepository {

    Optional<Account> find(String id);

    Optional<Account> findByUsername(String normalizedUsername);

    /** What a listing narrows to: a part of the username, a role, an organization, active or not; null means any. */
    record Filter(String usernameContains, Role role, String organizationId, Boolean active) {
        public static final Filter ANY = new Filter(null, null, null, null);
    }

    default List<Account> list(int offset, int limit) {
        return list(Filter.ANY, offset, limit);
    }

    List<Account> list(Filter filter, int offset, int limit);

    long count(Filter filter);

    default long count() {
        return count(Filter.ANY);
    }

    void store(Account account);

    void remove(Account account);
}
