-- Participants become organizations of their own (partners act for them); accounts; alliance
-- terms, goals, signatories, implementation team, coordinator and worker involvement.

CREATE TABLE organization (
    id         VARCHAR(36)   PRIMARY KEY,
    name       VARCHAR(300)  NOT NULL UNIQUE,
    type       VARCHAR(40)   NOT NULL,
    website    VARCHAR(2000),
    created_at TIMESTAMPTZ   NOT NULL,
    version    BIGINT        NOT NULL DEFAULT 0
);

-- existing participants keep their names and types as organizations
INSERT INTO organization (id, name, type, created_at)
SELECT gen_random_uuid()::text, name, MIN(organization_type), now()
FROM alliance_participant
GROUP BY name;

ALTER TABLE alliance_participant ADD COLUMN organization_id VARCHAR(36) REFERENCES organization (id);
UPDATE alliance_participant p SET organization_id = o.id FROM organization o WHERE o.name = p.name;
ALTER TABLE alliance_participant ALTER COLUMN organization_id SET NOT NULL;
ALTER TABLE alliance_participant DROP COLUMN name;
ALTER TABLE alliance_participant DROP COLUMN organization_type;
CREATE INDEX alliance_participant_organization ON alliance_participant (organization_id);

ALTER TABLE alliance ADD COLUMN concluded_on DATE;
ALTER TABLE alliance ADD COLUMN ambassador BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE alliance ADD COLUMN worker_involvement VARCHAR(2000);
ALTER TABLE alliance ADD COLUMN coordinator_name VARCHAR(200);
ALTER TABLE alliance ADD COLUMN coordinator_title VARCHAR(200);
ALTER TABLE alliance ADD COLUMN coordinator_affiliation VARCHAR(300);
ALTER TABLE alliance ADD COLUMN coordinator_email VARCHAR(254);
ALTER TABLE alliance ADD COLUMN coordinator_agency BOOLEAN;

CREATE TABLE alliance_signatory (
    alliance_id           VARCHAR(36)  NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    position              INTEGER      NOT NULL,
    name                  VARCHAR(200) NOT NULL,
    title                 VARCHAR(200),
    affiliation           VARCHAR(300),
    email                 VARCHAR(254),
    agency_representative BOOLEAN      NOT NULL,
    PRIMARY KEY (alliance_id, position)
);

CREATE TABLE alliance_team_member (LIKE alliance_signatory INCLUDING ALL);
ALTER TABLE alliance_team_member ADD FOREIGN KEY (alliance_id) REFERENCES alliance (id) ON DELETE CASCADE;

CREATE TABLE alliance_goal (
    alliance_id VARCHAR(36)   NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    category    VARCHAR(40)   NOT NULL,
    horizon     VARCHAR(20)   NOT NULL,
    description VARCHAR(2000) NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    PRIMARY KEY (alliance_id, position)
);

CREATE TABLE alliance_term (
    alliance_id VARCHAR(36) NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    position    INTEGER     NOT NULL,
    kind        VARCHAR(10) NOT NULL CHECK (kind IN ('INITIAL', 'RENEWAL')),
    starts_on   DATE        NOT NULL,
    ends_on     DATE        NOT NULL,
    PRIMARY KEY (alliance_id, position)
);
-- alliances signed before terms were kept start with their two-year initial term
INSERT INTO alliance_term (alliance_id, position, kind, starts_on, ends_on)
SELECT id, 0, 'INITIAL', signed_on, (signed_on + INTERVAL '2 years')::date FROM alliance WHERE signed_on IS NOT NULL;

CREATE TABLE account (
    id            VARCHAR(36)  PRIMARY KEY,
    username      VARCHAR(100) NOT NULL UNIQUE,
    password_hash VARCHAR(200) NOT NULL,
    display_name  VARCHAR(200),
    role          VARCHAR(20)  NOT NULL CHECK (role IN ('PARTNER', 'CURATOR', 'ADMIN')),
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE account_organization (
    account_id      VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    organization_id VARCHAR(36) NOT NULL REFERENCES organization (id),
    PRIMARY KEY (account_id, organization_id)
);
