package org.alliancehub.contracts.search;

import org.alliancehub.contracts.ContractVersion;

/** The version of the search answers' contract (see the package description). */
public final class SearchContract {

    public static final int MAJOR = 1;
    public static final int MINOR = 0;
    public static final String VERSION = ContractVersion.of(MAJOR, MINOR);

    private SearchContract() {
    }

    /** Whether this reader understands an answer written under {@code contract} (see {@link ContractVersion}). */
    public static boolean understands(String contract) {
        return ContractVersion.understands(contract, MAJOR);
    }
}
