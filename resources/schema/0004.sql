-- 0004: canonical form 2 (every code point encoded, not UTF-16 units), per sign-off and per audit row, so that
-- what was signed under form 1 still verifies under form 1; sealed withdrawals. Rows written before this step
-- keep form 1. The step after this script (DecisionFile's migration hook) seals earlier withdrawals and writes
-- the baseline that verify replays the audit log from.
ALTER TABLE signoff ADD COLUMN canonical_form INTEGER NOT NULL DEFAULT 1;
ALTER TABLE signoff ADD COLUMN withdraw_seal TEXT NOT NULL DEFAULT '';
-- For a form-1 sign-off that was current when the file was upgraded: the form-2 fingerprint of that same record.
-- From then on it stays current only while both fingerprints match, so form 1's blind spot cannot be used.
ALTER TABLE signoff ADD COLUMN upgraded_fingerprint TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN hash_form INTEGER NOT NULL DEFAULT 1;
