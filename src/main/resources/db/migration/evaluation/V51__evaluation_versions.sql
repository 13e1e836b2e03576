-- Optimistic versions of results: a score entered or an objection answered bumps it (and the run's), so a step taken
-- on what someone saw before such a change is refused instead of overwriting it.
ALTER TABLE evaluation.result ADD COLUMN row_version int NOT NULL DEFAULT 0;

-- Whether a scheme's year has a locked run is asked before every edit of the scheme.
CREATE INDEX run_scheme_idx ON evaluation.run (scheme_id, status);
