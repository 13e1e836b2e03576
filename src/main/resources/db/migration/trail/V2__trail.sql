-- 全程留痕: the append-only, hash-chained trail. The database itself refuses UPDATE, DELETE and TRUNCATE.
CREATE SCHEMA IF NOT EXISTS trail;

CREATE TABLE trail.event (
    seq            bigint      PRIMARY KEY,
    occurred_at    timestamptz NOT NULL,
    actor          text        NOT NULL,
    actor_name     text        NOT NULL,
    post           text        NOT NULL,
    court_code     text,
    action         text        NOT NULL,
    target_type    text        NOT NULL,
    target_id      text        NOT NULL,
    case_number    text,
    changes        text        NOT NULL,
    client_address text,
    prev_hash      char(64)    NOT NULL,
    hash           char(64)    NOT NULL UNIQUE
);
CREATE INDEX event_case_idx ON trail.event (case_number, seq) WHERE case_number IS NOT NULL;
CREATE INDEX event_actor_idx ON trail.event (actor, seq);
CREATE INDEX event_action_idx ON trail.event (action, seq);
CREATE INDEX event_time_idx ON trail.event (occurred_at);

CREATE FUNCTION trail.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'trail.event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER event_no_update BEFORE UPDATE OR DELETE ON trail.event
    FOR EACH ROW EXECUTE FUNCTION trail.refuse_change();
CREATE TRIGGER event_no_truncate BEFORE TRUNCATE ON trail.event
    FOR EACH STATEMENT EXECUTE FUNCTION trail.refuse_change();
