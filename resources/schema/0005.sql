-- 0005: the meeting's own time zone (an IANA name such as Europe/Madrid; empty when not known), so that the record
-- prints its times in the zone where the meeting was held, and never in the printing machine's. Part of the record
-- (and of its fingerprint) when set. The step after this script writes a new baseline for verify's replay.
ALTER TABLE meeting ADD COLUMN time_zone TEXT NOT NULL DEFAULT '';
