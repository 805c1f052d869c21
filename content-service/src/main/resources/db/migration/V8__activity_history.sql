-- Every publication step of trainings and events: from, to, who, when, why (as material_transition).
CREATE TABLE training_transition (
    training_id VARCHAR(36)   NOT NULL REFERENCES training_program (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    from_state  VARCHAR(20),
    to_state    VARCHAR(20)   NOT NULL,
    actor_id    VARCHAR(36),
    actor_name  VARCHAR(100),
    at          TIMESTAMPTZ   NOT NULL,
    comment     VARCHAR(2000),
    PRIMARY KEY (training_id, position)
);

CREATE TABLE seminar_transition (
    seminar_id  VARCHAR(36)   NOT NULL REFERENCES seminar (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    from_state  VARCHAR(20),
    to_state    VARCHAR(20)   NOT NULL,
    actor_id    VARCHAR(36),
    actor_name  VARCHAR(100),
    at          TIMESTAMPTZ   NOT NULL,
    comment     VARCHAR(2000),
    PRIMARY KEY (seminar_id, position)
);
