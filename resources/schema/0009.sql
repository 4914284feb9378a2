-- 0009: the formal reviews after go-live (T+24h, T+48h, T+1 week, T+1 month, scheduled from the actual go-live),
-- each recording who attended, how the metrics stood, which conditions were open and the outcome; STABLE is
-- declared at one of them, from T+48h on. And the follow-up of a GO WITH CAUTION's conditions: closed, or carried
-- with a new owner and date. Audited (verify replays them); outside the decision's fingerprint, since the
-- conditions as decided never change.
CREATE TABLE review (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    after_hours INTEGER NOT NULL CHECK (after_hours > 0),
    minutes INTEGER NOT NULL CHECK (minutes > 0),
    purpose TEXT NOT NULL,
    held_at TEXT,
    attendees TEXT NOT NULL DEFAULT '',
    metric_status TEXT NOT NULL DEFAULT '',
    open_conditions TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    stable INTEGER NOT NULL DEFAULT 0 CHECK (stable IN (0, 1)),
    recorded_by TEXT NOT NULL DEFAULT ''
);

CREATE TABLE condition_follow_up (
    condition_id INTEGER PRIMARY KEY,
    state TEXT NOT NULL CHECK (state IN ('CLOSED', 'CARRIED')),
    note TEXT NOT NULL DEFAULT '',
    new_owner TEXT NOT NULL DEFAULT '',
    new_due TEXT,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    CHECK (state = 'CLOSED' OR (length(trim(new_owner)) > 0 AND new_due IS NOT NULL))
);

INSERT INTO review (id, position, after_hours, minutes, purpose) VALUES
    ('T+24h', 1, 24, 30, 'First checkpoint'),
    ('T+48h', 2, 48, 30, 'Declare STABLE'),
    ('T+1w', 3, 168, 60, 'Week-1 retrospective'),
    ('T+1m', 4, 720, 90, 'Month-1 review');
