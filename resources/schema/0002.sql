-- 0002: risks with their matrix and links to checklist items, and the people who sign the decision.
CREATE TABLE risk (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT NOT NULL DEFAULT '',
    likelihood TEXT NOT NULL CHECK (likelihood IN ('HIGH', 'MEDIUM', 'LOW')),
    impact TEXT NOT NULL CHECK (impact IN ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
    state TEXT NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'ACCEPTED', 'MITIGATED')),
    owner TEXT NOT NULL DEFAULT '',
    mitigation TEXT NOT NULL DEFAULT '',
    acceptance_rationale TEXT NOT NULL DEFAULT '',
    accepted_by TEXT NOT NULL DEFAULT '',
    accepted_until TEXT,
    changed_at TEXT,
    changed_by TEXT,
    CHECK (state <> 'ACCEPTED' OR length(trim(acceptance_rationale)) > 0)
);

CREATE TABLE risk_item (
    risk_id TEXT NOT NULL REFERENCES risk (id) ON DELETE CASCADE,
    item_id TEXT NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    PRIMARY KEY (risk_id, item_id)
);

CREATE TABLE risk_matrix_cell (
    likelihood TEXT NOT NULL CHECK (likelihood IN ('HIGH', 'MEDIUM', 'LOW')),
    impact TEXT NOT NULL CHECK (impact IN ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
    level TEXT NOT NULL CHECK (level IN ('RED', 'YELLOW', 'GREEN')),
    PRIMARY KEY (likelihood, impact)
);

CREATE TABLE stakeholder (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL
);

CREATE TABLE signoff (
    id INTEGER PRIMARY KEY,
    stakeholder_id INTEGER REFERENCES stakeholder (id),
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    vote TEXT NOT NULL CHECK (vote IN ('CONCUR', 'CONCUR WITH DISSENT', 'NON-CONCUR')),
    comment TEXT NOT NULL DEFAULT '',
    signed_at TEXT NOT NULL,
    fingerprint TEXT NOT NULL DEFAULT '',
    withdrawn_at TEXT
);

INSERT INTO risk_matrix_cell (likelihood, impact, level) VALUES
    ('HIGH', 'CRITICAL', 'RED'), ('HIGH', 'HIGH', 'RED'), ('HIGH', 'MEDIUM', 'YELLOW'), ('HIGH', 'LOW', 'YELLOW'),
    ('MEDIUM', 'CRITICAL', 'RED'), ('MEDIUM', 'HIGH', 'YELLOW'), ('MEDIUM', 'MEDIUM', 'YELLOW'), ('MEDIUM', 'LOW', 'GREEN'),
    ('LOW', 'CRITICAL', 'YELLOW'), ('LOW', 'HIGH', 'YELLOW'), ('LOW', 'MEDIUM', 'GREEN'), ('LOW', 'LOW', 'GREEN');

INSERT INTO stakeholder (position, role) VALUES
    (1, 'CTO'), (2, 'Engineering Lead'), (3, 'Ops Lead'), (4, 'Security Lead'), (5, 'Product Lead');
