-- The original file of each language version (content-addressed) and what extraction found in it.
ALTER TABLE language_version ADD COLUMN file_sha256 VARCHAR(64);
ALTER TABLE language_version ADD COLUMN file_name VARCHAR(255);
ALTER TABLE language_version ADD COLUMN file_media_type VARCHAR(150);
ALTER TABLE language_version ADD COLUMN file_size BIGINT;
ALTER TABLE language_version ADD COLUMN file_uploaded_at TIMESTAMPTZ;
ALTER TABLE language_version ADD COLUMN extraction_status VARCHAR(10) CHECK (extraction_status IN ('PENDING', 'DONE', 'FAILED'));
ALTER TABLE language_version ADD COLUMN extraction_reason VARCHAR(1000);
ALTER TABLE language_version ADD COLUMN extracted_text TEXT;
ALTER TABLE language_version ADD COLUMN text_truncated BOOLEAN;
ALTER TABLE language_version ADD COLUMN page_count INTEGER;
ALTER TABLE language_version ADD COLUMN document_title VARCHAR(500);
ALTER TABLE language_version ADD COLUMN document_author VARCHAR(300);
ALTER TABLE language_version ADD COLUMN document_created VARCHAR(40);
ALTER TABLE language_version ADD COLUMN detected_language VARCHAR(35);
ALTER TABLE language_version ADD COLUMN disclaimer_found BOOLEAN;
ALTER TABLE language_version ADD COLUMN worker_rights_found BOOLEAN;
ALTER TABLE language_version ADD COLUMN extraction_finished_at TIMESTAMPTZ;
CREATE INDEX language_version_file ON language_version (file_sha256);
