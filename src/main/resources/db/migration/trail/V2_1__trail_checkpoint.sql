-- 签名检查点: the signed heads of the trail, for reading. Verification trusts the file under the data directory and the
-- signatures, never this table (whoever rewrites trail.event can rewrite it too). Append-only like the events.
CREATE TABLE trail.checkpoint (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_count bigint      NOT NULL,
    seq         bigint      NOT NULL,
    head_hash   char(64)    NOT NULL,
    signed_at   timestamptz NOT NULL,
    key_id      text        NOT NULL,
    signature   text        NOT NULL
);

CREATE TRIGGER checkpoint_no_update BEFORE UPDATE OR DELETE ON trail.checkpoint
    FOR EACH ROW EXECUTE FUNCTION trail.refuse_change();
CREATE TRIGGER checkpoint_no_truncate BEFORE TRUNCATE ON trail.checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION trail.refuse_change();
