-- Alliances, their participants, materials with language versions, and the change-feed outbox.

CREATE TABLE alliance (
    id               VARCHAR(36)  PRIMARY KEY,
    name             VARCHAR(300) NOT NULL,
    agency           VARCHAR(10)  NOT NULL CHECK (agency IN ('OSHA', 'MSHA')),
    level            VARCHAR(20)  NOT NULL CHECK (level IN ('NATIONAL', 'REGIONAL', 'AREA_OFFICE')),
    region_or_office VARCHAR(200),
    status           VARCHAR(20)  NOT NULL,
    signed_on        DATE,
    created_at       TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX alliance_name ON alliance (name);

CREATE TABLE alliance_participant (
    alliance_id       VARCHAR(36)  NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    position          INTEGER      NOT NULL,
    name              VARCHAR(300) NOT NULL,
    organization_type VARCHAR(40)  NOT NULL,
    PRIMARY KEY (alliance_id, position)
);

CREATE TABLE material (
    id                 VARCHAR(36) PRIMARY KEY,
    alliance_id        VARCHAR(36) NOT NULL REFERENCES alliance (id),
    type               VARCHAR(30) NOT NULL,
    publication_number VARCHAR(50),
    publication_date   DATE,
    state              VARCHAR(20) NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL,
    published_at       TIMESTAMPTZ,
    version            BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX material_alliance ON material (alliance_id);
CREATE INDEX material_state_updated ON material (state, updated_at DESC);

CREATE TABLE material_topic (
    material_id VARCHAR(36)  NOT NULL REFERENCES material (id) ON DELETE CASCADE,
    topic       VARCHAR(100) NOT NULL,
    PRIMARY KEY (material_id, topic)
);

CREATE TABLE language_version (
    id                   VARCHAR(36)   PRIMARY KEY,
    material_id          VARCHAR(36)   NOT NULL REFERENCES material (id) ON DELETE CASCADE,
    language             VARCHAR(35)   NOT NULL,
    title                VARCHAR(500)  NOT NULL,
    summary              VARCHAR(4000),
    external_link        VARCHAR(2000),
    translation_outdated BOOLEAN       NOT NULL DEFAULT FALSE,
    updated_at           TIMESTAMPTZ   NOT NULL,
    UNIQUE (material_id, language)
);

-- The outbox: appended in the same transaction as the change it records.
CREATE TABLE change_record (
    seq         BIGSERIAL   PRIMARY KEY,
    kind        VARCHAR(30) NOT NULL,
    entity_id   VARCHAR(36) NOT NULL,
    action      VARCHAR(10) NOT NULL CHECK (action IN ('upsert', 'delete')),
    recorded_at TIMESTAMPTZ NOT NULL,
    data        TEXT
);
