-- Counts each account's password changes; tokens carry the count they were issued under, so a
-- password change retires every token issued before it. Existing accounts start at 0, which is also
-- what a token without the claim counts as: tokens issued before this version stay valid until
-- their account's first password change (or their expiry).
ALTER TABLE account ADD COLUMN credential_version INTEGER NOT NULL DEFAULT 0;
