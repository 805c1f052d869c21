package org.alliancehub.contracts.content;

import org.alliancehub.contracts.ContractVersion;

/** The version of the content service's public answers' contract (see the package description). */
public final class ContentContract {

    public static final int MAJOR = 1;
    public static final int MINOR = 0;
    /** A constant (annotations name it); the contract tests check it is MAJOR.MINOR. */
    public static final String VERSION = "1.0";

    private ContentContract() {
    }

    /** Whether this reader understands an answer written under {@code contract} (see {@link ContractVersion}). */
    public static boolean understands(String contract) {
        return ContractVersion.understands(contract, MAJOR);
    }
}
