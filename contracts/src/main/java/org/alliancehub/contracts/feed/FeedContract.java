package org.alliancehub.contracts.feed;

import org.alliancehub.contracts.ContractVersion;

/** The version of the change feed's contract and the rule for reading it (see the package description). */
public final class FeedContract {

    public static final int MAJOR = 1;
    public static final int MINOR = 1;
    /** A constant (annotations name it); the contract tests check it is MAJOR.MINOR. */
    public static final String VERSION = "1.1";

    /** Kinds of item on the feed. */
    public static final String MATERIAL = "material";
    public static final String TRAINING = "training";
    public static final String EVENT = "event";

    /** Actions of an entry. */
    public static final String UPSERT = "upsert";
    public static final String DELETE = "delete";

    private FeedContract() {
    }

    /** Whether this reader understands an entry written under {@code contract} (see {@link ContractVersion}). */
    public static boolean understands(String contract) {
        return ContractVersion.understands(contract, MAJOR);
    }
}
