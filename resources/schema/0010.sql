-- 0010: the STABLE declaration's sign-off. The P020 process declares the launch STABLE at the T+48h review; the
-- stakeholders of the decision then sign that declaration, each binding their signature to the fingerprint of the
-- post-launch section as it stood (the launch's fingerprint, the monitoring plan, the readings up to the STABLE
-- review and the reviews up to it). A sign-off whose fingerprint no longer matches is STALE. Audited (verify
-- replays it); outside the decision's fingerprint, like everything after the decision.
CREATE TABLE stable_signoff (
    id INTEGER PRIMARY KEY,
    stakeholder_id INTEGER NOT NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '',
    signed_at TEXT NOT NULL,
    fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 64)
);
