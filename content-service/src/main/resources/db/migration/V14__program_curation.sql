-- Staff curate what each emphasis program shows first: materials, trainings and events in their
-- order, featured ones leading, each place for every reader or for one reader language.
CREATE TABLE program_curation (
    program_code VARCHAR(40) NOT NULL REFERENCES emphasis_program (code) ON DELETE CASCADE,
    position     INTEGER     NOT NULL,
    item_kind    VARCHAR(10) NOT NULL CHECK (item_kind IN ('MATERIAL', 'TRAINING', 'EVENT')),
    item_id      VARCHAR(36) NOT NULL,
    language     VARCHAR(8),
    featured     BOOLEAN     NOT NULL DEFAULT FALSE
);
-- no key on (program_code, position): the JPA provider rewrites a reordered list row by row
CREATE INDEX program_curation_program ON program_curation (program_code, position);
-- which programs curate an item: a material withdrawn or edited re-publishes those programs' order
CREATE INDEX program_curation_item ON program_curation (item_kind, item_id);

ALTER TABLE emphasis_program ADD COLUMN curated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE emphasis_program ADD COLUMN curated_by VARCHAR(100);
