-- 四类案件监督管理, 干预司法记录 and 法官履职保障.
CREATE SCHEMA IF NOT EXISTS supervision;

-- Permanent records: the database refuses UPDATE, DELETE and TRUNCATE. ENABLE ALWAYS keeps the triggers firing for
-- a superuser session that sets session_replication_role = replica; corrections are new rows referencing the old.
CREATE FUNCTION supervision.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%.% is permanent: % refused', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- 四类案件 (法发〔2021〕30号 第二条): a case flagged with its kind and reason.
CREATE TABLE supervision.four_kinds_case (
    id            bigserial PRIMARY KEY,
    case_number   text        NOT NULL,
    court_id      bigint      NOT NULL,
    department_id bigint,
    kind          text        NOT NULL CHECK (kind IN ('MAJOR_COMPLEX_SENSITIVE', 'GROUP_DISPUTE', 'CLASS_CONFLICT', 'ALLEGED_MISCONDUCT')),
    reason        text        NOT NULL,
    source        text        NOT NULL CHECK (source IN ('JUDGE', 'CHIEF', 'RULE')),
    flagged_by    text        NOT NULL,
    flagged_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (case_number, kind)
);
CREATE INDEX four_kinds_court_idx ON supervision.four_kinds_case (court_id, flagged_at);

-- 院庭长 supervise only through the platform, in the open (法发〔2015〕13号 第24条): each action is a row here.
CREATE TABLE supervision.supervision_action (
    id          bigserial PRIMARY KEY,
    case_number text        NOT NULL,
    court_id    bigint      NOT NULL,
    kind        text        NOT NULL,
    text        text        NOT NULL,
    by_staff_id bigint,
    by_name     text        NOT NULL,
    by_post     text        NOT NULL,
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX supervision_action_case_idx ON supervision.supervision_action (case_number, at);
CREATE TRIGGER supervision_action_permanent BEFORE UPDATE OR DELETE ON supervision.supervision_action
    FOR EACH ROW EXECUTE FUNCTION supervision.refuse_change();
CREATE TRIGGER supervision_action_no_truncate BEFORE TRUNCATE ON supervision.supervision_action
    FOR EACH STATEMENT EXECUTE FUNCTION supervision.refuse_change();
ALTER TABLE supervision.supervision_action ENABLE ALWAYS TRIGGER supervision_action_permanent;
ALTER TABLE supervision.supervision_action ENABLE ALWAYS TRIGGER supervision_action_no_truncate;

-- 干预司法记录 (中办发〔2015〕23号; 中央政法委 2015 内部人员过问案件规定; 法发〔2015〕10号 外部人员过问信息专库).
CREATE TABLE supervision.interference_record (
    id                bigserial PRIMARY KEY,
    court_id          bigint      NOT NULL,
    case_number       text,
    origin            text        NOT NULL CHECK (origin IN ('EXTERNAL', 'INTERNAL')),
    intervener_name   text        NOT NULL,
    intervener_post   text        NOT NULL,
    occurred_at       timestamptz NOT NULL,
    manner            text        NOT NULL CHECK (manner IN ('IN_PERSON', 'PHONE', 'LETTER', 'THROUGH_OTHERS', 'OTHER')),
    request           text        NOT NULL,
    response          text        NOT NULL,
    outside_channel   boolean     NOT NULL DEFAULT false,
    corrects_id       bigint REFERENCES supervision.interference_record (id),
    routed_to         text        NOT NULL CHECK (routed_to IN ('TRIAL_MANAGEMENT', 'SUPERVISION')),
    recorded_by_id    bigint,
    recorded_by_name  text        NOT NULL,
    recorded_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX interference_case_idx ON supervision.interference_record (case_number) WHERE case_number IS NOT NULL;
CREATE INDEX interference_court_idx ON supervision.interference_record (court_id, recorded_at);
CREATE TRIGGER interference_record_permanent BEFORE UPDATE OR DELETE ON supervision.interference_record
    FOR EACH ROW EXECUTE FUNCTION supervision.refuse_change();
CREATE TRIGGER interference_record_no_truncate BEFORE TRUNCATE ON supervision.interference_record
    FOR EACH STATEMENT EXECUTE FUNCTION supervision.refuse_change();
ALTER TABLE supervision.interference_record ENABLE ALWAYS TRIGGER interference_record_permanent;
ALTER TABLE supervision.interference_record ENABLE ALWAYS TRIGGER interference_record_no_truncate;

-- How the office the record was routed to handled it: also permanent, one row per step.
CREATE TABLE supervision.interference_handling (
    id        bigserial PRIMARY KEY,
    record_id bigint      NOT NULL REFERENCES supervision.interference_record (id),
    note      text        NOT NULL,
    by_name   text        NOT NULL,
    at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX interference_handling_record_idx ON supervision.interference_handling (record_id);
CREATE TRIGGER interference_handling_permanent BEFORE UPDATE OR DELETE ON supervision.interference_handling
    FOR EACH ROW EXECUTE FUNCTION supervision.refuse_change();
CREATE TRIGGER interference_handling_no_truncate BEFORE TRUNCATE ON supervision.interference_handling
    FOR EACH STATEMENT EXECUTE FUNCTION supervision.refuse_change();
ALTER TABLE supervision.interference_handling ENABLE ALWAYS TRIGGER interference_handling_permanent;
ALTER TABLE supervision.interference_handling ENABLE ALWAYS TRIGGER interference_handling_no_truncate;

-- 法官依法履职保护 requests to the court's 法官权益保障委员会.
CREATE TABLE supervision.protection_request (
    id           bigserial PRIMARY KEY,
    court_id     bigint      NOT NULL,
    staff_id     bigint      NOT NULL,
    staff_name   text        NOT NULL,
    kind         text        NOT NULL CHECK (kind IN ('THREAT', 'HARASSMENT', 'DEFAMATION', 'FALSE_ACCUSATION')),
    description  text        NOT NULL,
    case_number  text,
    risk         text        CHECK (risk IN ('LOW', 'MEDIUM', 'HIGH')),
    measures     text,
    status       text        NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN ('SUBMITTED', 'IN_PROGRESS', 'CLOSED')),
    closing_note text,
    submitted_at timestamptz NOT NULL DEFAULT now(),
    closed_at    timestamptz,
    version      int         NOT NULL DEFAULT 0
);
CREATE INDEX protection_request_court_idx ON supervision.protection_request (court_id, status);
