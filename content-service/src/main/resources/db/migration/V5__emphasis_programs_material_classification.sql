-- Emphasis programs, and who and where a material is for: industries, audiences, programs.
CREATE TABLE emphasis_program (
    code      VARCHAR(40)  PRIMARY KEY,
    agency    VARCHAR(10)  NOT NULL CHECK (agency IN ('OSHA', 'MSHA')),
    scope     VARCHAR(10)  NOT NULL CHECK (scope IN ('NATIONAL', 'LOCAL')),
    name_en   VARCHAR(300) NOT NULL,
    name_es   VARCHAR(300) NOT NULL,
    starts_on DATE,
    ends_on   DATE,
    version   BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE material_industry (
    material_id VARCHAR(36)  NOT NULL REFERENCES material (id) ON DELETE CASCADE,
    industry    VARCHAR(100) NOT NULL,
    PRIMARY KEY (material_id, industry)
);

CREATE TABLE material_audience (
    material_id VARCHAR(36)  NOT NULL REFERENCES material (id) ON DELETE CASCADE,
    audience    VARCHAR(100) NOT NULL,
    PRIMARY KEY (material_id, audience)
);

CREATE TABLE material_emphasis_program (
    material_id  VARCHAR(36) NOT NULL REFERENCES material (id) ON DELETE CASCADE,
    program_code VARCHAR(40) NOT NULL REFERENCES emphasis_program (code),
    PRIMARY KEY (material_id, program_code)
);
CREATE INDEX material_emphasis_program_code ON material_emphasis_program (program_code);
