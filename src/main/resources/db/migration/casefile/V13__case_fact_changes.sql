-- Which cases changed, for readers that keep the case facts in memory (statistics' columnar read model): every
-- statement on case_file logs the ids it touched under its transaction id. A reader applies the rows its last
-- snapshot did not see (pg_visible_in_snapshot), so a change is never missed however transactions interleave, and
-- prunes what every open transaction has seen. A statement touching very many rows (a history import) logs one row
-- with no id, meaning "re-read everything".
CREATE TABLE casefile.case_fact_change (
    xid     xid8   NOT NULL DEFAULT pg_current_xact_id(),
    case_id bigint
);
CREATE INDEX case_fact_change_xid_idx ON casefile.case_fact_change (xid);

CREATE FUNCTION casefile.log_case_fact_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT count(*) FROM changed_rows) > 10000 THEN
        INSERT INTO casefile.case_fact_change (case_id) VALUES (NULL);
    ELSE
        INSERT INTO casefile.case_fact_change (case_id) SELECT DISTINCT id FROM changed_rows;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER case_fact_inserted AFTER INSERT ON casefile.case_file REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casefile.log_case_fact_change();
CREATE TRIGGER case_fact_updated AFTER UPDATE ON casefile.case_file REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casefile.log_case_fact_change();
CREATE TRIGGER case_fact_deleted AFTER DELETE ON casefile.case_file REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casefile.log_case_fact_change();
