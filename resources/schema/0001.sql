-- 0001: the meeting, its checklist, and the append-only audit log.
CREATE TABLE meeting (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    launch_name TEXT NOT NULL,
    target_date TEXT,
    meeting_date TEXT,
    facilitator TEXT NOT NULL DEFAULT '',
    critical_percent INTEGER NOT NULL DEFAULT 100 CHECK (critical_percent BETWEEN 0 AND 100),
    go_percent INTEGER NOT NULL DEFAULT 95 CHECK (go_percent BETWEEN 0 AND 100),
    caution_percent INTEGER NOT NULL DEFAULT 90 CHECK (caution_percent BETWEEN 0 AND 100),
    template_name TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE category (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    position INTEGER NOT NULL
);

CREATE TABLE item (
    id TEXT PRIMARY KEY,
    category_code TEXT NOT NULL REFERENCES category (code) ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT NOT NULL DEFAULT '',
    evidence_required TEXT NOT NULL DEFAULT '',
    critical INTEGER NOT NULL DEFAULT 0 CHECK (critical IN (0, 1)),
    owner TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PASS', 'PARTIAL', 'FAIL', 'PENDING')),
    evidence TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    changed_at TEXT,
    changed_by TEXT
);
CREATE INDEX item_by_category ON item (category_code, position);

CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    field TEXT,
    old_value TEXT,
    new_value TEXT
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
