-- The length of each extracted text, so that listings need not load the text to tell it.
ALTER TABLE language_version ADD COLUMN text_characters INTEGER;
UPDATE language_version SET text_characters = char_length(extracted_text) WHERE extracted_text IS NOT NULL;

-- The change feed keeps only the newest entry of each item: an earlier upsert of a material that was
-- since withdrawn must not go on serving its title and text to anyone. Readers only ever need an
-- item's latest entry, so a rebuild from position 0 gives the same index.
CREATE INDEX change_record_item ON change_record (kind, entity_id, seq);
DELETE FROM change_record c
 WHERE EXISTS (SELECT 1 FROM change_record n WHERE n.kind = c.kind AND n.entity_id = c.entity_id AND n.seq > c.seq);
