-- Every lifecycle step of a material: from, to, who, when, why.
CREATE TABLE material_transition (
    material_id VARCHAR(36)   NOT NULL REFERENCES material (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    from_state  VARCHAR(20),
    to_state    VARCHAR(20)   NOT NULL,
    actor_id    VARCHAR(36),
    actor_name  VARCHAR(100),
    at          TIMESTAMPTZ   NOT NULL,
    comment     VARCHAR(2000),
    PRIMARY KEY (material_id, position)
);
