-- 常规评查: checks that run over the cases as named rules. The rule's test is code (RoutineCheck, one per kind, with its
-- source); what the office edits is here: whether it runs, its days, and how long the handler has to fix a finding.
CREATE TABLE review.routine_rule (
    code        text PRIMARY KEY,
    kind        text    NOT NULL CHECK (kind IN ('NOT_ARCHIVED', 'OVERDUE_WITHOUT_EXTENSION', 'JUDGMENT_NOT_PUBLISHED')),
    description text    NOT NULL,
    source      text    NOT NULL DEFAULT '',
    days        int     NOT NULL DEFAULT 0 CHECK (days >= 0),
    fix_days    int     NOT NULL DEFAULT 15 CHECK (fix_days > 0),
    active      boolean NOT NULL DEFAULT true,
    version     int     NOT NULL DEFAULT 0
);
INSERT INTO review.routine_rule (code, kind, description, source, days, fix_days) VALUES
('R-01', 'NOT_ARCHIVED', '结案后逾期未归档', '人民法院诉讼文书立卷归档办法：结案后三个月内归档', 90, 30),
('R-02', 'OVERDUE_WITHOUT_EXTENSION', '审限届满未办理延长审限手续', '民事诉讼法 第152条；最高人民法院关于严格执行案件审理期限制度的若干规定', 0, 15),
('R-03', 'JUDGMENT_NOT_PUBLISHED', '判决生效后逾期未在互联网公布或公示', '法释〔2016〕19号 第7条：裁判文书生效之日起七个工作日内公布', 10, 15);

-- A finding of a routine check on a case: the handler is told on the workbench and fixes it or answers; a finding
-- still open after its due date is what evaluation deducts for. A re-run marks fixed what no longer holds.
CREATE TABLE review.routine_finding (
    id          bigserial PRIMARY KEY,
    rule_code   text   NOT NULL REFERENCES review.routine_rule (code),
    case_number text   NOT NULL,
    court_id    bigint NOT NULL,
    handler_id  bigint,
    found_on    date   NOT NULL,
    due_on      date   NOT NULL,
    answer      text,
    fixed_on    date,
    UNIQUE (rule_code, case_number)
);
CREATE INDEX routine_finding_handler_idx ON review.routine_finding (handler_id) WHERE fixed_on IS NULL;
CREATE INDEX routine_finding_court_idx ON review.routine_finding (court_id, due_on);
