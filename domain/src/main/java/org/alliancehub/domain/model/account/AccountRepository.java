package org.alliancehub.domain.model.account;

import java.util.List;
import java.util.Optional;

public interface AccountRepository {

    Optional<Account> find(String id);

    Optional<Account> findByUsername(String normalizedUsername);

    List<Account> list(int offset, int limit);

    long count();

    void store(Account account);

    void remove(Account account);
}
