package org.alliancehub.contracts.search;

import org.alliancehub.contracts.ContractVersion;

/** The version of the search answers' contract (see the package description). */
public final class SearchContract {

    public static final int MAJOR = 1;
    public static final int MINOR = 3;
    /** A constant (annotations name it); the contract tests check it is MAJOR.MINOR. */
    public static final String VERSION = "1.3";

    private SearchContract() {
    }

    /** Whether this reader understands an answer written under {@code contract} (see {@link ContractVersion}). */
    public static boolean understands(String contract) {
        return ContractVersion.understands(contract, MAJOR);
    }
}
