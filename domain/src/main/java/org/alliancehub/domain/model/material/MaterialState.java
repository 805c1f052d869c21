package org.alliancehub.domain.model.material;

/**
 * Where a material stands in the agency's product process:
 * proposal and development (draft) → agency review → publication → withdrawal when outdated.
 */
public enum MaterialState {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    PUBLISHED,
    WITHDRAWN;

    /** Only published materials are public. */
    public boolean isPublic() {
        return this == PUBLISHED;
    }
}
