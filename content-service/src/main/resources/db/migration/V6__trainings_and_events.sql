-- Training programs and seminars/events of alliances.
CREATE TABLE training_program (
    id               VARCHAR(36)   PRIMARY KEY,
    alliance_id      VARCHAR(36)   NOT NULL REFERENCES alliance (id),
    title            VARCHAR(500)  NOT NULL,
    description      VARCHAR(4000),
    format           VARCHAR(20)   NOT NULL,
    duration_minutes INTEGER,
    provider         VARCHAR(300),
    contact_name     VARCHAR(200),
    contact_email    VARCHAR(254),
    link             VARCHAR(2000),
    state            VARCHAR(20)   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX training_program_state ON training_program (state, title);
CREATE TABLE training_topic (training_id VARCHAR(36) NOT NULL REFERENCES training_program (id) ON DELETE CASCADE,
                             topic VARCHAR(100) NOT NULL, PRIMARY KEY (training_id, topic));
CREATE TABLE training_audience (training_id VARCHAR(36) NOT NULL REFERENCES training_program (id) ON DELETE CASCADE,
                                audience VARCHAR(100) NOT NULL, PRIMARY KEY (training_id, audience));
CREATE TABLE training_language (training_id VARCHAR(36) NOT NULL REFERENCES training_program (id) ON DELETE CASCADE,
                                language VARCHAR(35) NOT NULL, PRIMARY KEY (training_id, language));

CREATE TABLE seminar (
    id                VARCHAR(36)   PRIMARY KEY,
    alliance_id       VARCHAR(36)   NOT NULL REFERENCES alliance (id),
    kind              VARCHAR(20)   NOT NULL,
    title             VARCHAR(500)  NOT NULL,
    description       VARCHAR(4000),
    starts_at         TIMESTAMPTZ   NOT NULL,
    ends_at           TIMESTAMPTZ   NOT NULL CHECK (ends_at > starts_at),
    time_zone         VARCHAR(60)   NOT NULL,
    place             VARCHAR(500),
    online_link       VARCHAR(2000),
    registration_link VARCHAR(2000),
    state             VARCHAR(20)   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX seminar_state_ends ON seminar (state, ends_at);
CREATE TABLE seminar_language (seminar_id VARCHAR(36) NOT NULL REFERENCES seminar (id) ON DELETE CASCADE,
                               language VARCHAR(35) NOT NULL, PRIMARY KEY (seminar_id, language));
