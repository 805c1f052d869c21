package org.alliancehub.domain.model.alliance;

/** The agencies that run Alliance Programs. */
public enum Agency {
    /** Occupational Safety and Health Administration: workplace safety. */
    OSHA,
    /** Mine Safety and Health Administration: mine safety; its alliances are national. */
    MSHA
}
