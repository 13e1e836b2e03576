-- 裁判文书上网 (法释〔2016〕19号): the documents attached to cases for publication, every version of their text, the
-- changes the judge confirmed in the anonymisation preview, the steps each document went through, and the working-day
-- calendar the 7-working-day limit (第7条) is counted on. Owned by the disclosure module; the case is referred to by
-- its case number and court, as the case file's API gives them (no foreign key into another module's schema).
CREATE SCHEMA IF NOT EXISTS disclosure;

CREATE TABLE disclosure.judgment_document (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_number       text    NOT NULL,
    court_id          bigint  NOT NULL,
    court             text    NOT NULL,
    category          text,
    cause             text,
    kind              text    NOT NULL CHECK (kind IN ('JUDGMENT', 'RULING', 'DECISION', 'MEDIATION', 'PAYMENT_ORDER')),
    judged_on         date    NOT NULL,
    effective_on      date    NOT NULL,
    due_on            date    NOT NULL,
    state             text    NOT NULL CHECK (state IN ('PENDING', 'PUBLISHED', 'WITHHOLDING_PROPOSED', 'WITHHELD', 'WITHDRAWN')),
    reason            text    CHECK (reason IN ('STATE_SECRET', 'JUVENILE_CRIME', 'MEDIATION', 'DIVORCE_OR_CHILD_CUSTODY', 'OTHER')),
    written_reasons   text,
    proposed_by       bigint,
    notice            text,
    confirmed_version int,
    published_text    text,
    published_at      timestamptz,
    version           int     NOT NULL DEFAULT 0,
    CHECK (state <> 'WITHHELD' OR (reason IS NOT NULL AND notice IS NOT NULL)),
    CHECK (state <> 'PUBLISHED' OR published_text IS NOT NULL)
);
CREATE INDEX judgment_document_case ON disclosure.judgment_document (case_number);
CREATE INDEX judgment_document_court_effective ON disclosure.judgment_document (court_id, effective_on);

-- 文书版本: the text as attached, never changed; a correction is a new version.
CREATE TABLE disclosure.document_version (
    document_id      bigint      NOT NULL REFERENCES disclosure.judgment_document (id),
    number           int         NOT NULL CHECK (number >= 1),
    text             text        NOT NULL,
    file_name        text,
    attached_by      bigint      NOT NULL,
    attached_by_name text        NOT NULL,
    attached_at      timestamptz NOT NULL,
    PRIMARY KEY (document_id, number)
);

-- 确认的屏蔽: the changes of the latest publication, offsets into the confirmed version's text.
CREATE TABLE disclosure.confirmed_span (
    document_id bigint NOT NULL REFERENCES disclosure.judgment_document (id),
    start_at    int    NOT NULL,
    end_at      int    NOT NULL CHECK (end_at > start_at),
    type        text   NOT NULL,
    replacement text   NOT NULL,
    rule        text   NOT NULL,
    PRIMARY KEY (document_id, start_at)
);

-- 上网流程: each step with who, when, the state it led to and the reason given (also on the trail).
CREATE TABLE disclosure.publication_step (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id bigint      NOT NULL REFERENCES disclosure.judgment_document (id),
    action      text        NOT NULL,
    by_staff_id bigint      NOT NULL,
    by_name     text        NOT NULL,
    at          timestamptz NOT NULL,
    state       text        NOT NULL,
    reason      text
);
CREATE INDEX publication_step_document ON disclosure.publication_step (document_id, id);

-- 工作日历: the days the State Council's yearly notice makes different from Monday–Friday: holidays (working = false)
-- and make-up working days on a weekend (调休上班, working = true). Data the office keeps per year.
CREATE TABLE disclosure.calendar_day (
    day     date PRIMARY KEY,
    working boolean NOT NULL,
    note    text    NOT NULL
);
-- 《国务院办公厅关于2026年部分节假日安排的通知》
INSERT INTO disclosure.calendar_day (day, working, note)
SELECT d::date, false, n FROM (VALUES
    ('2026-01-01', '2026-01-03', '元旦'),
    ('2026-02-15', '2026-02-23', '春节'),
    ('2026-04-04', '2026-04-06', '清明节'),
    ('2026-05-01', '2026-05-05', '劳动节'),
    ('2026-06-19', '2026-06-21', '端午节'),
    ('2026-09-25', '2026-09-27', '中秋节'),
    ('2026-10-01', '2026-10-07', '国庆节')) AS h(f, t, n),
    generate_series(CAST(h.f AS date), CAST(h.t AS date), interval '1 day') AS d;
INSERT INTO disclosure.calendar_day (day, working, note) VALUES
    ('2026-01-04', true, '元旦调休上班'),
    ('2026-02-14', true, '春节调休上班'),
    ('2026-02-28', true, '春节调休上班'),
    ('2026-05-09', true, '劳动节调休上班'),
    ('2026-09-20', true, '国庆节调休上班'),
    ('2026-10-10', true, '国庆节调休上班');
