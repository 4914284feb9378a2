-- 0007: after the decision, the launch. The runbook: the P020 minute-by-minute steps around go-live (T+0), each
-- with its offset and duration in minutes, the role that owns it, what validates it and the rollback trigger it
-- watches; as the launch runs, each step's outcome (DONE or FAILED), when and by whom, with a note. The rollback
-- triggers: the conditions on which the launch is aborted (before go-live) or rolled back (after). The launch:
-- when it started (T-60 began), when it went live, and how it ended early if it did (who, when, which trigger,
-- why). Audited, so verify replays it; not part of the signed decision's fingerprint: the decision record is
-- never rewritten, the launch is a later section of it.
CREATE TABLE rollback_trigger (
    id TEXT PRIMARY KEY CHECK (length(trim(id)) > 0),
    position INTEGER NOT NULL,
    condition TEXT NOT NULL CHECK (length(trim(condition)) > 0)
);

CREATE TABLE runbook_step (
    id TEXT PRIMARY KEY CHECK (length(trim(id)) > 0),
    position INTEGER NOT NULL,
    offset_min INTEGER NOT NULL CHECK (offset_min BETWEEN -1440 AND 1440),
    duration_min INTEGER NOT NULL CHECK (duration_min BETWEEN 1 AND 600),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    owner_role TEXT NOT NULL DEFAULT '',
    validation TEXT NOT NULL DEFAULT '',
    trigger_id TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT 'PENDING' CHECK (outcome IN ('PENDING', 'DONE', 'FAILED')),
    outcome_at TEXT,
    outcome_by TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE launch (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    started_at TEXT,
    started_by TEXT NOT NULL DEFAULT '',
    live_at TEXT,
    live_by TEXT NOT NULL DEFAULT '',
    ended TEXT NOT NULL DEFAULT '' CHECK (ended IN ('', 'ABORTED', 'ROLLED BACK')),
    ended_at TEXT,
    ended_by TEXT NOT NULL DEFAULT '',
    trigger_id TEXT NOT NULL DEFAULT '',
    rationale TEXT NOT NULL DEFAULT ''
);
INSERT INTO launch (id) VALUES (1);

-- The P020 production launch runbook.
INSERT INTO rollback_trigger (id, position, condition) VALUES
    ('RB-1', 1, 'A pre-deployment check fails: staging smoke tests, the backup check, or the team on the bridge'),
    ('RB-2', 2, 'The database migration fails or runs over 15 minutes'),
    ('RB-3', 3, 'Health checks fail on the new version for more than 5 minutes'),
    ('RB-4', 4, 'Error rate above 1 % for 5 minutes after go-live'),
    ('RB-5', 5, 'A critical user journey fails in production'),
    ('RB-6', 6, 'P95 latency above 2 s or P99 above 4 s for 10 minutes'),
    ('RB-7', 7, 'Data corruption or data loss is detected');

INSERT INTO runbook_step (id, position, offset_min, duration_min, title, owner_role, validation, trigger_id) VALUES
    ('T-60', 1, -60, 15, 'Pre-deployment validation', 'Ops Lead',
     'Staging smoke tests pass; the last backup restored and checked; everyone on the bridge', 'RB-1'),
    ('T-45', 2, -45, 5, 'Maintenance window opens', 'Ops Lead',
     'Status page updated and customers notified; the change freeze is in force', ''),
    ('T-30', 3, -30, 10, 'Begin deployment', 'Engineering Lead',
     'The release artefact is the build the decision names; the pipeline has started', ''),
    ('T-15', 4, -15, 10, 'Database migration', 'Engineering Lead',
     'The migration completes in under 10 minutes; row counts and checksums match', 'RB-2'),
    ('T-10', 5, -10, 5, 'Deploy application', 'Engineering Lead',
     'The rolling update completes; no instance is restarting', 'RB-3'),
    ('T-5', 6, -5, 5, 'Health checks', 'Ops Lead',
     'Liveness and readiness pass on every instance; every dependency is reachable', 'RB-3'),
    ('T+0', 7, 0, 5, 'Go live (traffic cutover)', 'CTO',
     'Traffic is on the new version; the error rate is normal in the first minutes', 'RB-4'),
    ('T+15', 8, 15, 10, 'Initial validation', 'Product Lead',
     'The critical user journeys pass in production', 'RB-5'),
    ('T+30', 9, 30, 15, 'Full validation', 'Engineering Lead',
     'Error rate under 0.1 %, P95 latency under 1 s and P99 under 2 s', 'RB-6'),
    ('T+60', 10, 60, 15, 'Monitoring handoff', 'Ops Lead',
     'The on-call engineer is briefed; dashboards and alerts are handed over', '');
