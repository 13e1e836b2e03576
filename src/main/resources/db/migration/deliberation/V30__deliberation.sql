-- 合议庭评议, 专业法官会议 and 审判委员会. Staff, courts and cases are referenced by id and business key only.
CREATE SCHEMA IF NOT EXISTS deliberation;

-- 合议庭评议笔录 (民诉法 第45条; 人民法院组织法 第31条): per case, issues, each member's opinion, signatures.
CREATE TABLE deliberation.record (
    id          bigserial PRIMARY KEY,
    case_number text        NOT NULL,
    court_id    bigint      NOT NULL,
    held_on     date        NOT NULL,
    status      text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'SIGNED')),
    created_by  text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    signed_at   timestamptz
);
CREATE INDEX record_case_idx ON deliberation.record (case_number);

CREATE TABLE deliberation.issue (
    id        bigserial PRIMARY KEY,
    record_id bigint NOT NULL REFERENCES deliberation.record (id),
    seq       int    NOT NULL,
    question  text   NOT NULL,
    UNIQUE (record_id, seq)
);

-- One opinion per member per issue: the UNIQUE key is the last line of defence behind the OncePerIssue rule.
CREATE TABLE deliberation.opinion (
    id         bigserial PRIMARY KEY,
    record_id  bigint      NOT NULL REFERENCES deliberation.record (id),
    issue_id   bigint      NOT NULL REFERENCES deliberation.issue (id),
    staff_id   bigint      NOT NULL,
    name       text        NOT NULL,
    trial_role text        NOT NULL,
    stance     text        NOT NULL,
    opinion    text        NOT NULL,
    seq        int         NOT NULL,
    at         timestamptz NOT NULL DEFAULT now(),
    UNIQUE (issue_id, staff_id)
);

CREATE TABLE deliberation.signature (
    record_id bigint      NOT NULL REFERENCES deliberation.record (id),
    staff_id  bigint      NOT NULL,
    name      text        NOT NULL,
    signed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (record_id, staff_id)
);

-- Once every member has signed, the record and everything in it is permanent: the database refuses INSERT, UPDATE
-- and DELETE touching a signed record, and TRUNCATE always. The triggers are ENABLE ALWAYS, so a superuser session
-- with session_replication_role = replica (which silences ordinary triggers) is refused as well.
CREATE FUNCTION deliberation.refuse_signed_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    rid bigint;
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        RAISE EXCEPTION 'deliberation records are permanent: TRUNCATE refused' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_TABLE_NAME = 'record' THEN
        IF OLD.status = 'SIGNED' THEN
            RAISE EXCEPTION 'signed deliberation record %: % refused', OLD.id, TG_OP USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    rid := CASE WHEN TG_OP = 'INSERT' THEN NEW.record_id ELSE OLD.record_id END;
    IF (SELECT status FROM deliberation.record WHERE id = rid) = 'SIGNED' THEN
        RAISE EXCEPTION 'signed deliberation record %: % refused', rid, TG_OP USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;

CREATE TRIGGER record_signed BEFORE UPDATE OR DELETE ON deliberation.record
    FOR EACH ROW EXECUTE FUNCTION deliberation.refuse_signed_change();
CREATE TRIGGER issue_signed BEFORE INSERT OR UPDATE OR DELETE ON deliberation.issue
    FOR EACH ROW EXECUTE FUNCTION deliberation.refuse_signed_change();
CREATE TRIGGER opinion_signed BEFORE INSERT OR UPDATE OR DELETE ON deliberation.opinion
    FOR EACH ROW EXECUTE FUNCTION deliberation.refuse_signed_change();
CREATE TRIGGER signature_signed BEFORE INSERT OR UPDATE OR DELETE ON deliberation.signature
    FOR EACH ROW EXECUTE FUNCTION deliberation.refuse_signed_change();
CREATE TRIGGER record_no_truncate BEFORE TRUNCATE ON deliberation.record
    FOR EACH STATEMENT EXECUTE FUNCTION deliberation.refuse_signed_change();
CREATE TRIGGER issue_no_truncate BEFORE TRUNCATE ON deliberation.issue
    FOR EACH STATEMENT EXECUTE FUNCTION deliberation.refuse_signed_change();
CREATE TRIGGER opinion_no_truncate BEFORE TRUNCATE ON deliberation.opinion
    FOR EACH STATEMENT EXECUTE FUNCTION deliberation.refuse_signed_change();
CREATE TRIGGER signature_no_truncate BEFORE TRUNCATE ON deliberation.signature
    FOR EACH STATEMENT EXECUTE FUNCTION deliberation.refuse_signed_change();
ALTER TABLE deliberation.record ENABLE ALWAYS TRIGGER record_signed;
ALTER TABLE deliberation.issue ENABLE ALWAYS TRIGGER issue_signed;
ALTER TABLE deliberation.opinion ENABLE ALWAYS TRIGGER opinion_signed;
ALTER TABLE deliberation.signature ENABLE ALWAYS TRIGGER signature_signed;
ALTER TABLE deliberation.record ENABLE ALWAYS TRIGGER record_no_truncate;
ALTER TABLE deliberation.issue ENABLE ALWAYS TRIGGER issue_no_truncate;
ALTER TABLE deliberation.opinion ENABLE ALWAYS TRIGGER opinion_no_truncate;
ALTER TABLE deliberation.signature ENABLE ALWAYS TRIGGER signature_no_truncate;

-- 议事机构: a court's 审判委员会 (one per court, specialty NULL) or a 专业法官会议 of one specialty.
CREATE TABLE deliberation.body (
    id                 bigserial PRIMARY KEY,
    court_id           bigint NOT NULL,
    court_code         text   NOT NULL,
    kind               text   NOT NULL CHECK (kind IN ('PROFESSIONAL', 'COMMITTEE')),
    specialty          text CHECK (specialty IN ('CRIMINAL', 'CIVIL', 'ADMINISTRATIVE_COMPENSATION', 'PETITION_ENFORCEMENT')),
    name               text   NOT NULL,
    secretary_staff_id bigint,
    CHECK ((kind = 'COMMITTEE') = (specialty IS NULL))
);
CREATE UNIQUE INDEX body_court_kind_idx ON deliberation.body (court_id, kind, coalesce(specialty, ''));

-- Members of a 专业法官会议 (法发〔2021〕2号 三: made up of judges). Committee members come from posts instead.
CREATE TABLE deliberation.body_member (
    body_id  bigint NOT NULL REFERENCES deliberation.body (id),
    staff_id bigint NOT NULL,
    staff_no text   NOT NULL,
    name     text   NOT NULL,
    PRIMARY KEY (body_id, staff_id)
);

CREATE TABLE deliberation.meeting (
    id             bigserial PRIMARY KEY,
    body_id        bigint      NOT NULL REFERENCES deliberation.body (id),
    reference      text        NOT NULL UNIQUE,
    held_on        date        NOT NULL,
    chair_staff_id bigint,
    chair_name     text,
    status         text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CONCLUDED')),
    member_count   int,
    minutes        text,
    recording_ref  text,
    concluded_at   timestamptz,
    version        int         NOT NULL DEFAULT 0
);
CREATE INDEX meeting_body_idx ON deliberation.meeting (body_id, held_on);

CREATE TABLE deliberation.attendee (
    meeting_id bigint NOT NULL REFERENCES deliberation.meeting (id),
    staff_id   bigint NOT NULL,
    name       text   NOT NULL,
    PRIMARY KEY (meeting_id, staff_id)
);

-- An agenda item: a case submitted with a report (meeting_id NULL while it waits for a meeting) or a non-case topic.
CREATE TABLE deliberation.agenda_item (
    id              bigserial PRIMARY KEY,
    body_id         bigint      NOT NULL REFERENCES deliberation.body (id),
    meeting_id      bigint REFERENCES deliberation.meeting (id),
    kind            text        NOT NULL CHECK (kind IN ('CASE', 'EXPERIENCE', 'CLASS_GUIDANCE', 'REFERENCE_CASE')),
    case_number     text,
    title           text        NOT NULL,
    report          text        NOT NULL,
    presenter_name  text,
    submitted_by    text        NOT NULL,
    submitted_at    timestamptz NOT NULL DEFAULT now(),
    prevailing      text,
    majority_text   text,
    minority_text   text,
    binding         boolean,
    concluded_at    timestamptz,
    follow_up       text,
    followed_up_at  timestamptz,
    CHECK ((kind = 'CASE') = (case_number IS NOT NULL))
);
CREATE INDEX agenda_item_meeting_idx ON deliberation.agenda_item (meeting_id);
CREATE INDEX agenda_item_waiting_idx ON deliberation.agenda_item (body_id) WHERE meeting_id IS NULL;

-- Each member's opinion and vote in the order spoken (lower rank first, chair last: 法发〔2019〕20号 [U]).
CREATE TABLE deliberation.meeting_vote (
    id            bigserial PRIMARY KEY,
    item_id       bigint      NOT NULL REFERENCES deliberation.agenda_item (id),
    staff_id      bigint      NOT NULL,
    name          text        NOT NULL,
    speaking_order int        NOT NULL,
    stance        text        NOT NULL,
    opinion       text        NOT NULL,
    at            timestamptz NOT NULL DEFAULT now(),
    UNIQUE (item_id, staff_id),
    UNIQUE (item_id, speaking_order)
);
