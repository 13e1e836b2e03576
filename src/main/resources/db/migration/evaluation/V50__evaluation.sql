-- 绩效考核: schemes as versioned data, runs and their explained results, objections (复核) and the 考核档案.
CREATE SCHEMA IF NOT EXISTS evaluation;

-- A scheme applies from its year on (until a later year's scheme); editing makes a new version of the same year.
CREATE TABLE evaluation.scheme (
    id             bigserial PRIMARY KEY,
    subject_kind   text          NOT NULL CHECK (subject_kind IN ('JUDGE', 'ASSISTANT', 'DEPARTMENT', 'INTERMEDIATE_COURT')),
    year           int           NOT NULL,
    version        int           NOT NULL,
    name           text          NOT NULL,
    base_score     numeric(8, 2) NOT NULL,
    start_score    numeric(8, 2) NOT NULL DEFAULT 0,
    max_bonus      numeric(8, 2),
    excellent      numeric(8, 2) NOT NULL,
    competent      numeric(8, 2) NOT NULL,
    basic          numeric(8, 2) NOT NULL,
    note           text          NOT NULL DEFAULT '',
    created_at     timestamptz   NOT NULL DEFAULT now(),
    created_by     text          NOT NULL DEFAULT 'system',
    UNIQUE (subject_kind, year, version)
);

CREATE TABLE evaluation.scheme_item (
    scheme_id bigint        NOT NULL REFERENCES evaluation.scheme (id),
    position  int           NOT NULL,
    code      text          NOT NULL,
    name      text          NOT NULL,
    measure   text          NOT NULL,
    indicator text,
    points    numeric(8, 2) NOT NULL,
    rule_type text          NOT NULL,
    rule      jsonb         NOT NULL,
    PRIMARY KEY (scheme_id, position),
    UNIQUE (scheme_id, code)
);

CREATE TABLE evaluation.run (
    id           bigserial PRIMARY KEY,
    scheme_id    bigint      NOT NULL REFERENCES evaluation.scheme (id),
    court_id     bigint      NOT NULL,
    court_code   text        NOT NULL,
    year         int         NOT NULL,
    status       text        NOT NULL CHECK (status IN ('COMPUTED', 'PUBLISHED', 'LOCKED')),
    computed_at  timestamptz NOT NULL,
    computed_by  text        NOT NULL,
    published_at timestamptz,
    locked_at    timestamptz,
    row_version  int         NOT NULL DEFAULT 0
);
CREATE INDEX run_court_idx ON evaluation.run (court_id, year);

CREATE TABLE evaluation.result (
    id            bigserial PRIMARY KEY,
    run_id        bigint        NOT NULL REFERENCES evaluation.run (id),
    subject_id    bigint        NOT NULL,
    subject_key   text          NOT NULL,
    subject_name  text          NOT NULL,
    department_id bigint,
    staff_id      bigint,
    total         numeric(8, 2) NOT NULL,
    grade         text          NOT NULL,
    rank          int           NOT NULL,
    UNIQUE (run_id, subject_id)
);
CREATE INDEX result_staff_idx ON evaluation.result (staff_id);

CREATE TABLE evaluation.result_item (
    result_id   bigint        NOT NULL REFERENCES evaluation.result (id),
    position    int           NOT NULL,
    code        text          NOT NULL,
    name        text          NOT NULL,
    measure     text          NOT NULL,
    value       double precision,
    numerator   double precision,
    denominator double precision,
    peers_average double precision,
    rule_text   text          NOT NULL,
    full_points numeric(8, 2) NOT NULL,
    points      numeric(8, 2) NOT NULL,
    cases       text[]        NOT NULL DEFAULT '{}',
    base_cases  text[]        NOT NULL DEFAULT '{}',
    note        text          NOT NULL DEFAULT '',
    PRIMARY KEY (result_id, position)
);

-- 复核: the person evaluated objects while the draft is published; the 审管办 answers each objection.
CREATE TABLE evaluation.objection (
    id             bigserial PRIMARY KEY,
    result_id      bigint        NOT NULL REFERENCES evaluation.result (id),
    item_code      text,
    reasons        text          NOT NULL,
    filed_by       text          NOT NULL,
    filed_at       timestamptz   NOT NULL,
    status         text          NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ACCEPTED', 'REJECTED')),
    answer         text,
    changed_points numeric(8, 2),
    answered_by    text,
    answered_at    timestamptz
);
CREATE INDEX objection_open_idx ON evaluation.objection (status, filed_at);

-- 考核档案: the locked result, frozen. The database refuses UPDATE, DELETE and TRUNCATE (as the trail does).
CREATE TABLE evaluation.archive (
    id           bigserial PRIMARY KEY,
    run_id       bigint        NOT NULL,
    result_id    bigint        NOT NULL UNIQUE,
    subject_kind text          NOT NULL,
    court_code   text          NOT NULL,
    year         int           NOT NULL,
    scheme       text          NOT NULL,
    subject_id   bigint        NOT NULL,
    subject_key  text          NOT NULL,
    subject_name text          NOT NULL,
    staff_id     bigint,
    total        numeric(8, 2) NOT NULL,
    grade        text          NOT NULL,
    rank         int           NOT NULL,
    items        jsonb         NOT NULL,
    objections   jsonb         NOT NULL,
    archived_at  timestamptz   NOT NULL,
    archived_by  text          NOT NULL
);
CREATE INDEX archive_subject_idx ON evaluation.archive (staff_id, year);

CREATE FUNCTION evaluation.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'evaluation.archive is frozen: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER archive_no_update BEFORE UPDATE OR DELETE ON evaluation.archive
    FOR EACH ROW EXECUTE FUNCTION evaluation.refuse_change();
CREATE TRIGGER archive_no_truncate BEFORE TRUNCATE ON evaluation.archive
    FOR EACH STATEMENT EXECUTE FUNCTION evaluation.refuse_change();
ALTER TABLE evaluation.archive ENABLE ALWAYS TRIGGER archive_no_update;
ALTER TABLE evaluation.archive ENABLE ALWAYS TRIGGER archive_no_truncate;

-- The issue's default schemes, in force from 2017 (the Jilin evaluation the paper describes).
INSERT INTO evaluation.scheme (id, subject_kind, year, version, name, base_score, start_score, max_bonus, excellent, competent, basic, note) VALUES
(1, 'JUDGE', 2017, 1, '员额法官绩效考核方案', 80, 0, NULL, 72, 60, 48, '基础分80分：办案数量60%、质量15%、效率10%、效果5%、流程管理10%'),
(2, 'ASSISTANT', 2017, 1, '法官助理绩效考核方案', 80, 0, NULL, 72, 60, 48, '基础分80分：协助办案数量48分、质效16分、主观评价16分'),
(3, 'DEPARTMENT', 2017, 1, '审判部门绩效考核方案', 80, 0, NULL, 72, 60, 48, '基础分80分：部门法官平均分48分、调研指导16分、部门质量指标8分、流程管理8分'),
(4, 'INTERMEDIATE_COURT', 2017, 1, '中级法院审判质效考核方案', 100, 100, 10, 105, 100, 95, '基础分100分，指标加分最高10分，扣分不设上限');
SELECT setval('evaluation.scheme_id_seq', 100);

INSERT INTO evaluation.scheme_item (scheme_id, position, code, name, measure, indicator, points, rule_type, rule) VALUES
(1, 1, 'WORKLOAD', '办案数量', 'WORKLOAD', NULL, 48, 'RELATIVE_TO_AVERAGE', '{"cap": 1.0}'),
(1, 2, 'QUALITY', '办案质量（改判发回率）', 'REVERSAL_REMAND_RATE', NULL, 12, 'LINEAR', '{"worst": 0.10, "best": 0.0}'),
(1, 3, 'EFFICIENCY', '办案效率（审限内结案率）', 'WITHIN_DEADLINE_RATE', NULL, 8, 'LINEAR', '{"worst": 0.80, "best": 1.0}'),
(1, 4, 'EFFECT', '办案效果（调撤率）', 'MEDIATION_WITHDRAWAL_RATE', NULL, 4, 'RELATIVE_TO_AVERAGE', '{"cap": 1.0}'),
(1, 5, 'PROCESS', '流程管理（归档率）', 'ARCHIVED_RATE', NULL, 8, 'THRESHOLD', '{"atLeast": true, "threshold": 0.90, "otherwiseShare": 0.5}'),
(2, 1, 'ASSIST_WORKLOAD', '协助办案数量', 'TEAM_WORKLOAD', NULL, 48, 'RELATIVE_TO_AVERAGE', '{"cap": 1.0}'),
(2, 2, 'QUALITY_EFFICIENCY', '质效（团队审限内结案率）', 'TEAM_WITHIN_DEADLINE_RATE', NULL, 16, 'LINEAR', '{"worst": 0.80, "best": 1.0}'),
(2, 3, 'SUBJECTIVE', '主观评价（法官评分）', 'INPUT', NULL, 16, 'BOUNDED', '{"floor": 0}'),
(3, 1, 'JUDGES_AVERAGE', '部门法官平均得分', 'JUDGES_AVERAGE', NULL, 48, 'LINEAR', '{"worst": 0.0, "best": 1.0}'),
(3, 2, 'RESEARCH', '调研指导', 'INPUT', NULL, 16, 'BOUNDED', '{"floor": 0}'),
(3, 3, 'DEPT_QUALITY', '部门质量指标（改判发回率）', 'DEPT_REVERSAL_REMAND_RATE', NULL, 8, 'LINEAR', '{"worst": 0.10, "best": 0.0}'),
(3, 4, 'DEPT_PROCESS', '流程管理（归档率）', 'DEPT_ARCHIVED_RATE', NULL, 8, 'THRESHOLD', '{"atLeast": true, "threshold": 0.90, "otherwiseShare": 0.5}'),
(4, 1, 'CLOSED_WITHIN_DEADLINE', '法定审限内结案率', 'COURT_INDICATOR', 'CLOSED_WITHIN_DEADLINE_RATE', 2, 'LINEAR', '{"worst": 0.90, "best": 1.0}'),
(4, 2, 'MEDIATION', '调撤率', 'COURT_INDICATOR', 'MEDIATION_WITHDRAWAL_RATE', 2, 'RELATIVE_TO_AVERAGE', '{"cap": 1.0}'),
(4, 3, 'SETTLED', '一审服判息诉率', 'COURT_INDICATOR', 'FIRST_INSTANCE_SETTLED_RATE', 2, 'LINEAR', '{"worst": 0.80, "best": 0.95}'),
(4, 4, 'LIVE_STREAMED', '庭审直播数占受理案件7%以上', 'COURT_INDICATOR', 'LIVE_STREAMED_SHARE', 2, 'THRESHOLD', '{"atLeast": true, "threshold": 0.07, "otherwiseShare": 0}'),
(4, 5, 'ARCHIVED', '卷宗归档率', 'COURT_INDICATOR', 'ARCHIVED_RATE', 2, 'THRESHOLD', '{"atLeast": true, "threshold": 0.90, "otherwiseShare": 0}'),
(4, 6, 'UNDISCLOSED', '未公开信息的案件（每件扣0.01分）', 'COURT_INDICATOR_MISSING', 'JUDGMENT_ONLINE_RATE', 0, 'DEDUCTION', '{"perCase": 0.01, "floor": -5}'),
(4, 7, 'LONG_PENDING', '长期未结诉讼案件（每件扣0.05分）', 'COURT_INDICATOR', 'LONG_PENDING', 0, 'DEDUCTION', '{"perCase": 0.05, "floor": -5}');
