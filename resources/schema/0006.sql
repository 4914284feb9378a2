-- 0006: the meeting itself. The agenda: time-boxed steps, each showing one part of the workspace, with the times
-- they actually started and ended (audited, so verify checks them, but not part of the signed record: the clock
-- runs on after people sign). The roll-call poll: one answer per stakeholder, and the rationale the meeting gives
-- when the poll disagrees with the recommendation (both part of the record and of its fingerprint once given).
-- The step after this script writes a new baseline for verify's replay.
CREATE TABLE agenda_step (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 600),
    shows TEXT NOT NULL DEFAULT 'OVERVIEW'
        CHECK (shows IN ('OVERVIEW', 'CATEGORY', 'CRITICAL', 'GAPS', 'MATRIX', 'POLL', 'SIGNOFF')),
    category_code TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'PLANNED' CHECK (state IN ('PLANNED', 'RUNNING', 'PAUSED', 'DONE')),
    started_at TEXT,
    ended_at TEXT,
    spent_ms INTEGER NOT NULL DEFAULT 0 CHECK (spent_ms >= 0),
    resumed_at TEXT
);

-- The default 90 minutes, from the P020 decision meeting.
INSERT INTO agenda_step (id, position, title, minutes, shows) VALUES
    (1, 1, 'Opening and context', 5, 'OVERVIEW'),
    (2, 2, 'Critical items by category', 30, 'CRITICAL'),
    (3, 3, 'Remaining gaps', 15, 'GAPS'),
    (4, 4, 'Risk review on the matrix', 15, 'MATRIX'),
    (5, 5, 'Roll-call poll', 10, 'POLL'),
    (6, 6, 'Decision and sign-off', 10, 'SIGNOFF'),
    (7, 7, 'Next steps', 5, 'OVERVIEW');

CREATE TABLE poll_answer (
    stakeholder_id INTEGER PRIMARY KEY,
    answer TEXT NOT NULL CHECK (answer IN ('GO', 'GO WITH DISSENT', 'NO-GO')),
    comment TEXT NOT NULL DEFAULT '',
    answered_at TEXT NOT NULL,
    answered_by TEXT NOT NULL
);

CREATE TABLE poll (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    rationale TEXT NOT NULL DEFAULT '',
    rationale_at TEXT,
    rationale_by TEXT NOT NULL DEFAULT ''
);
INSERT INTO poll (id) VALUES (1);
