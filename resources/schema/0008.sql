-- 0008: after go-live, monitoring. The P020 post-launch plan: five phases from T+0 (how often the team checks, who
-- covers it, what it looks for) and 18 metrics with their thresholds, each linked to the rollback trigger it
-- feeds where there is one; and the readings taken, by hand or imported from a monitoring system's export.
-- Audited like the launch (verify replays the metrics and each reading), not part of the decision's fingerprint.
CREATE TABLE monitoring_phase (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    from_hours INTEGER NOT NULL,
    to_hours INTEGER NOT NULL,
    frequency TEXT NOT NULL,
    coverage TEXT NOT NULL,
    focus TEXT NOT NULL
);

-- rule: MAX (a reading above the limit breaches), MIN (below it), BAND (more than band_percent away from the
-- baseline in limit_value; no baseline, no breach), STATE (a word: a reading that is none of the expected words).
CREATE TABLE metric (
    id TEXT PRIMARY KEY CHECK (length(trim(id)) > 0),
    position INTEGER NOT NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    unit TEXT NOT NULL DEFAULT '',
    rule TEXT NOT NULL CHECK (rule IN ('MAX', 'MIN', 'BAND', 'STATE')),
    limit_value REAL,
    band_percent REAL,
    expected TEXT NOT NULL DEFAULT '',
    trigger_id TEXT NOT NULL DEFAULT ''
);

CREATE TABLE metric_reading (
    id INTEGER PRIMARY KEY,
    metric_id TEXT NOT NULL REFERENCES metric (id),
    at TEXT NOT NULL,
    value REAL,
    text_value TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX metric_reading_by_metric ON metric_reading (metric_id, at);

INSERT INTO monitoring_phase (id, position, name, from_hours, to_hours, frequency, coverage, focus) VALUES
    ('CRITICAL', 1, 'Critical', 0, 2, 'Every 5-15 min', 'All hands', 'Anomaly detection'),
    ('HIGH', 2, 'High', 2, 24, 'Every 2 hours', 'On-call and backup', 'Stability validation'),
    ('MEDIUM', 3, 'Medium', 24, 48, 'Every 4 hours', 'On-call', 'Trend analysis'),
    ('STANDARD', 4, 'Standard', 48, 168, 'Daily (15 min)', 'On-call', 'Pattern identification'),
    ('NORMAL', 5, 'Normal', 168, 720, 'Weekly (30 min)', 'Team', 'Baseline establishment');

INSERT INTO metric (id, position, name, unit, rule, limit_value, band_percent, expected, trigger_id) VALUES
    ('request_rate', 1, 'Request rate', 'req/s', 'BAND', NULL, 20, '', ''),
    ('error_rate', 2, 'Error rate', '%', 'MAX', 0.1, NULL, '', 'RB-4'),
    ('latency_p95', 3, 'Latency P95', 's', 'MAX', 1, NULL, '', 'RB-6'),
    ('cpu', 4, 'CPU usage', '%', 'MAX', 70, NULL, '', ''),
    ('memory', 5, 'Memory usage', '%', 'MAX', 80, NULL, '', ''),
    ('disk', 6, 'Disk usage', '%', 'MAX', 70, NULL, '', ''),
    ('db_pool', 7, 'Database connection pool', '%', 'MAX', 80, NULL, '', ''),
    ('db_query_p95', 8, 'Database query P95', 'ms', 'MAX', 100, NULL, '', ''),
    ('cache_hit_rate', 9, 'Redis hit rate', '%', 'MIN', 70, NULL, '', ''),
    ('pms_latency_p95', 10, 'PMS API latency P95', 'ms', 'MAX', 500, NULL, '', ''),
    ('pms_success_rate', 11, 'PMS success rate', '%', 'MIN', 99, NULL, '', 'RB-5'),
    ('circuit_breaker', 12, 'Circuit breaker state', '', 'STATE', NULL, NULL, 'closed', ''),
    ('messages', 13, 'Messages processed', '', 'STATE', NULL, NULL, 'normal', ''),
    ('sessions', 14, 'Sessions created', '', 'STATE', NULL, NULL, 'matches activity', ''),
    ('reservations', 15, 'Reservations handled', '', 'STATE', NULL, NULL, 'stable', ''),
    ('cost', 16, 'Cost trend', '', 'STATE', NULL, NULL, 'within budget', ''),
    ('feedback', 17, 'User feedback', '', 'STATE', NULL, NULL, 'positive/neutral', ''),
    ('support_tickets', 18, 'Support tickets', '', 'STATE', NULL, NULL, 'low', '');
