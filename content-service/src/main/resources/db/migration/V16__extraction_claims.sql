-- Which content-service instance is reading which file, until when: with several instances, each
-- file is read by one of them, and another takes it over when the reader died (its claim lapsed).
CREATE TABLE extraction_claim (
    material_id   VARCHAR(36)  NOT NULL,
    language      VARCHAR(35)  NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    instance      VARCHAR(200) NOT NULL,
    claimed_until TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (material_id, language, sha256)
);
