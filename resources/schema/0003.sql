-- 0003: the recorded decision and its conditions, sign-offs bound to a fingerprint of the record, and a hash
-- chain over the audit log. The append-only guards are dropped here and put back, with the chain sealed, by the
-- step that follows this script in the same transaction (DecisionFile's migration hook).
ALTER TABLE meeting ADD COLUMN record_id TEXT NOT NULL DEFAULT '';

CREATE TABLE decision (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    decision TEXT NOT NULL CHECK (decision IN ('GO', 'GO WITH CAUTION', 'NO-GO')),
    rationale TEXT NOT NULL CHECK (length(trim(rationale)) > 0),
    recommendation TEXT NOT NULL CHECK (recommendation IN ('GO', 'GO WITH CAUTION', 'NO-GO')),
    override_rationale TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    CHECK (decision = recommendation OR length(trim(override_rationale)) > 0)
);

CREATE TABLE condition (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    owner TEXT NOT NULL DEFAULT '',
    due_date TEXT
);

ALTER TABLE signoff ADD COLUMN signature_png BLOB;
ALTER TABLE signoff ADD COLUMN audit_seq INTEGER;
ALTER TABLE signoff ADD COLUMN audit_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE signoff ADD COLUMN seal TEXT NOT NULL DEFAULT '';
ALTER TABLE signoff ADD COLUMN withdrawn_by TEXT NOT NULL DEFAULT '';
ALTER TABLE signoff ADD COLUMN withdraw_reason TEXT NOT NULL DEFAULT '';

ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
DROP TRIGGER audit_log_no_update;
DROP TRIGGER audit_log_no_delete;
