-- Two findings of each extraction, both advisory (a file is never refused for them), null where
-- they do not apply: how plain the text is by the formula of the version's language (English
-- Flesch-Kincaid grade, Spanish Fernandez Huerta ease; null under 100 words or in another
-- language), and what a PDF offers assistive technology (null for other files, or a PDF that
-- could not be opened). Results recorded before this migration have neither.
ALTER TABLE language_version ADD COLUMN readability_formula VARCHAR(25)
    CHECK (readability_formula IN ('FLESCH_KINCAID_GRADE', 'FERNANDEZ_HUERTA'));
ALTER TABLE language_version ADD COLUMN readability_score DOUBLE PRECISION;
ALTER TABLE language_version ADD COLUMN readability_words INTEGER;
ALTER TABLE language_version ADD COLUMN readability_sentences INTEGER;
ALTER TABLE language_version ADD COLUMN pdf_tagged BOOLEAN;
ALTER TABLE language_version ADD COLUMN pdf_language VARCHAR(100);
ALTER TABLE language_version ADD COLUMN pdf_title_set BOOLEAN;
ALTER TABLE language_version ADD COLUMN pdf_text_present BOOLEAN;
