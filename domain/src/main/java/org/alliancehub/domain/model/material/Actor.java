package org.alliancehub.domain.model.material;

/** Who took a lifecycle step: an account's id and username. */
public record Actor(String id, String name) {

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An actor has a name");
        }
    }
}
