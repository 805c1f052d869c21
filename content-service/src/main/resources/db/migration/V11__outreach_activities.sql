-- Outreach activities partners report for their alliance's annual evaluation: dissemination, speeches
-- and exhibits, training delivered, reviews of agency materials, each with the people it reached.
-- Not public, so never on the change feed. The checks repeat the domain's rules, so that no other
-- writer can store what the service would refuse.
CREATE TABLE outreach_activity (
    id               VARCHAR(36)   PRIMARY KEY,
    alliance_id      VARCHAR(36)   NOT NULL REFERENCES alliance (id),
    kind             VARCHAR(30)   NOT NULL
                     CHECK (kind IN ('DISSEMINATION', 'SPEECH_OR_EXHIBIT', 'TRAINING_DELIVERED', 'AGENCY_MATERIAL_REVIEW')),
    activity_date    DATE          NOT NULL CHECK (activity_date >= DATE '1990-01-01'),
    language         VARCHAR(35)   NOT NULL,
    audience         VARCHAR(100),
    people_reached   INTEGER       NOT NULL CHECK (people_reached BETWEEN 0 AND 10000000),
    description      VARCHAR(2000) NOT NULL,
    reported_by_id   VARCHAR(36),
    reported_by_name VARCHAR(100)  NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0
);
-- an alliance's activities of a period, newest first (its list and its annual summary)
CREATE INDEX outreach_activity_alliance_date ON outreach_activity (alliance_id, activity_date DESC, created_at DESC);
-- staff's lists and summaries across alliances by period
CREATE INDEX outreach_activity_date ON outreach_activity (activity_date DESC, created_at DESC);
