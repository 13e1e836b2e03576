-- 案件: case files and everything that happens to them. Staff and courts are referenced by id (organisation module).
CREATE SCHEMA IF NOT EXISTS casefile;

-- 案号 allocation: one counter per court, type and year; taken with a row lock inside the filing transaction,
-- so numbers have no gap and no duplicate however many clerks file at once (法〔2015〕137号 第10条).
CREATE TABLE casefile.case_number_counter (
    court_code text NOT NULL,
    case_type  text NOT NULL,
    year       int  NOT NULL,
    last       int  NOT NULL,
    PRIMARY KEY (court_code, case_type, year)
);

CREATE TABLE casefile.case_file (
    id                    bigserial PRIMARY KEY,
    case_number           text          NOT NULL UNIQUE,
    year                  int           NOT NULL,
    seq                   int           NOT NULL,
    court_id              bigint        NOT NULL,
    court_code            text          NOT NULL,
    department_id         bigint,
    case_type             text          NOT NULL,
    category              text          NOT NULL,
    procedure             text          NOT NULL,
    track                 text CHECK (track IN ('SIMPLE', 'COMPLEX')),
    track_reason          text,
    status                text          NOT NULL,
    cause_code            text,
    cause_name            text,
    claim_amount          numeric(18, 2),
    claim_text            text          NOT NULL DEFAULT '',
    circumstances         text[]        NOT NULL DEFAULT '{}',
    filed_on              date          NOT NULL,
    handler_id            bigint,
    tried_by              text CHECK (tried_by IN ('SOLE', 'PANEL')),
    deadline_base         date,
    deadline_on           date,
    suspended_days        int           NOT NULL DEFAULT 0,
    extended              boolean       NOT NULL DEFAULT false,
    judgment_signed_on    date,
    committee_decided     boolean       NOT NULL DEFAULT false,
    closed_on             date,
    close_method          text,
    archived_on           date,
    appealed              boolean       NOT NULL DEFAULT false,
    upper_outcome         text,
    original_case_number  text,
    hearing_live_streamed boolean       NOT NULL DEFAULT false,
    judgment_published    text,
    imported              boolean       NOT NULL DEFAULT false,
    version               int           NOT NULL DEFAULT 0,
    UNIQUE (court_code, case_type, year, seq),
    CHECK (closed_on IS NULL OR closed_on >= filed_on),
    CHECK (archived_on IS NULL OR closed_on IS NOT NULL AND archived_on >= closed_on)
);
CREATE INDEX case_file_court_filed_idx ON casefile.case_file (court_id, filed_on);
CREATE INDEX case_file_court_closed_idx ON casefile.case_file (court_id, closed_on);
CREATE INDEX case_file_handler_idx ON casefile.case_file (handler_id) WHERE handler_id IS NOT NULL;
CREATE INDEX case_file_open_deadline_idx ON casefile.case_file (deadline_on) WHERE closed_on IS NULL;
CREATE INDEX case_file_department_idx ON casefile.case_file (department_id);

-- 当事人. A resident ID number is kept only masked and as a keyed hash (to find a person again), never in clear.
CREATE TABLE casefile.party (
    id          bigserial PRIMARY KEY,
    case_id     bigint NOT NULL REFERENCES casefile.case_file (id),
    kind        text   NOT NULL CHECK (kind IN ('NATURAL', 'LEGAL', 'OTHER')),
    role        text   NOT NULL,
    name        text   NOT NULL,
    id_masked   text,
    id_digest   text
);
CREATE INDEX party_case_idx ON casefile.party (case_id);
CREATE INDEX party_digest_idx ON casefile.party (id_digest) WHERE id_digest IS NOT NULL;

-- 审判组织: sole judge or panel; members change only with a recorded reason.
CREATE TABLE casefile.trial_member (
    id        bigserial PRIMARY KEY,
    case_id   bigint      NOT NULL REFERENCES casefile.case_file (id),
    staff_id  bigint      NOT NULL,
    role      text        NOT NULL CHECK (role IN ('PRESIDING', 'HANDLING', 'MEMBER', 'ASSESSOR')),
    active    boolean     NOT NULL DEFAULT true,
    reason    text,
    since     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX trial_member_case_idx ON casefile.trial_member (case_id) WHERE active;
CREATE INDEX trial_member_staff_idx ON casefile.trial_member (staff_id) WHERE active;

-- 分案: every assignment with its candidates and the draw.
CREATE TABLE casefile.assignment (
    id          bigserial PRIMARY KEY,
    case_id     bigint      NOT NULL REFERENCES casefile.case_file (id),
    kind        text        NOT NULL CHECK (kind IN ('RANDOM', 'DESIGNATED', 'REASSIGNED')),
    staff_id    bigint      NOT NULL,
    candidates  text        NOT NULL DEFAULT '',
    draw        text        NOT NULL DEFAULT '',
    reason      text,
    approved_by bigint,
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assignment_case_idx ON casefile.assignment (case_id);

-- 扣除审限 and 延长审限.
CREATE TABLE casefile.suspension (
    id        bigserial PRIMARY KEY,
    case_id   bigint NOT NULL REFERENCES casefile.case_file (id),
    reason    text   NOT NULL,
    note      text,
    from_date date   NOT NULL,
    to_date   date   NOT NULL,
    CHECK (to_date >= from_date)
);
CREATE TABLE casefile.extension (
    id          bigserial PRIMARY KEY,
    case_id     bigint      NOT NULL REFERENCES casefile.case_file (id),
    approver    text        NOT NULL,
    approved_by bigint,
    months      int         NOT NULL DEFAULT 0,
    days        int         NOT NULL DEFAULT 0,
    reason      text        NOT NULL,
    new_deadline date       NOT NULL,
    lapsed      boolean     NOT NULL DEFAULT false,
    at          timestamptz NOT NULL DEFAULT now()
);

-- 开庭.
CREATE TABLE casefile.hearing (
    id            bigserial PRIMARY KEY,
    case_id       bigint      NOT NULL REFERENCES casefile.case_file (id),
    scheduled_at  timestamptz NOT NULL,
    courtroom     text        NOT NULL,
    live_streamed boolean     NOT NULL DEFAULT false,
    held          boolean     NOT NULL DEFAULT false
);
CREATE INDEX hearing_case_idx ON casefile.hearing (case_id);

-- 繁简分流 complexity rules: data, versioned (a change closes the old version and adds a new one).
CREATE TABLE casefile.diversion_rule (
    id            bigserial PRIMARY KEY,
    code          text          NOT NULL,
    version       int           NOT NULL,
    name          text          NOT NULL,
    cause_codes   text[]        NOT NULL DEFAULT '{}',
    min_amount    numeric(18, 2),
    keywords      text[]        NOT NULL DEFAULT '{}',
    active        boolean       NOT NULL DEFAULT true,
    current       boolean       NOT NULL DEFAULT true,
    changed_by    text,
    changed_at    timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (code, version)
);
CREATE UNIQUE INDEX diversion_rule_current_idx ON casefile.diversion_rule (code) WHERE current;

INSERT INTO casefile.diversion_rule (code, version, name, cause_codes, min_amount, keywords, changed_by) VALUES
('R-01', 1, '涉外、群体性或破产关联纠纷', '{}', NULL, '{涉外,群体,破产,集团诉讼}', 'system'),
('R-02', 1, '标的额较大的合同纠纷', '{C4}', 5000000.00, '{}', 'system'),
('R-03', 1, '建设工程与公司类纠纷', '{C4.01.033,C8}', NULL, '{}', 'system'),
('R-04', 1, '知识产权与竞争纠纷', '{C5}', NULL, '{}', 'system');

-- 重新分流 requests by the judge during trial (counted).
CREATE TABLE casefile.rediversion (
    id         bigserial PRIMARY KEY,
    case_id    bigint      NOT NULL REFERENCES casefile.case_file (id),
    from_track text        NOT NULL,
    to_track   text        NOT NULL,
    reason     text        NOT NULL,
    by_staff   bigint,
    at         timestamptz NOT NULL DEFAULT now()
);

-- 案件权重系数 per type and procedure (configuration; no national table exists — RULES.md §9).
CREATE TABLE casefile.case_weight (
    case_type text          NOT NULL,
    procedure text          NOT NULL,
    weight    numeric(6, 3) NOT NULL,
    PRIMARY KEY (case_type, procedure)
);
INSERT INTO casefile.case_weight (case_type, procedure, weight) VALUES
('民初', 'ORDINARY', 1.000), ('民初', 'SIMPLE', 0.600), ('民初', 'SMALL_CLAIMS', 0.400),
('民终', 'SECOND_INSTANCE', 1.200), ('民申', 'TRIAL_SUPERVISION', 0.800), ('民再', 'TRIAL_SUPERVISION', 1.300),
('民特', 'SPECIAL', 0.300), ('刑初', 'ORDINARY', 1.200), ('刑初', 'SIMPLE', 0.600), ('刑初', 'FAST_TRACK', 0.300),
('刑终', 'SECOND_INSTANCE', 1.300), ('行初', 'ORDINARY', 1.300), ('行初', 'SIMPLE', 0.700),
('行终', 'SECOND_INSTANCE', 1.300), ('执', 'ENFORCEMENT', 0.500), ('执恢', 'ENFORCEMENT', 0.300),
('执异', 'ENFORCEMENT', 0.400), ('执保', 'ENFORCEMENT', 0.200);

-- The published read model for set-based statistics (the statistics module reads this view, not the tables).
CREATE VIEW casefile.case_fact AS
SELECT c.id, c.case_number, c.court_id, c.court_code, c.department_id, c.case_type, c.category, c.procedure,
       c.track, c.cause_code, c.claim_amount, c.filed_on, c.closed_on, c.close_method, c.archived_on,
       c.deadline_on, c.suspended_days, c.extended, c.handler_id, c.tried_by, c.appealed, c.upper_outcome,
       c.original_case_number, c.hearing_live_streamed, c.judgment_published, c.committee_decided,
       (c.closed_on IS NOT NULL AND (c.deadline_on IS NULL OR c.closed_on <= c.deadline_on)) AS closed_within_deadline,
       coalesce(w.weight, 1.000) AS weight
FROM casefile.case_file c
LEFT JOIN casefile.case_weight w ON w.case_type = c.case_type AND w.procedure = c.procedure;
