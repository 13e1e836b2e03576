-- 案件评查 (case quality review): reviews of cases, their findings against a flaw catalogue, the reviewer's report
-- (for a 发改指 case the higher court's 评析报告), the handler's answer, two-way review and the committee; the cases
-- that should be key-reviewed; declared recusals. Owned by the review module; it reads other modules only through
-- their APIs (and the published view casefile.case_fact is not needed here).
CREATE SCHEMA IF NOT EXISTS review;

-- 评查瑕疵目录: the flaw catalogue as data, editable by the trial-management office.
CREATE TABLE review.flaw (
    code        text PRIMARY KEY,
    dimension   text    NOT NULL CHECK (dimension IN ('SUBSTANCE', 'PROCEDURE', 'INFORMATION', 'DOCUMENT', 'HEARING', 'FILE')),
    description text    NOT NULL,
    severity    text    NOT NULL CHECK (severity IN ('MINOR', 'MAJOR', 'SERIOUS')),
    points      int     NOT NULL CHECK (points >= 0),
    active      boolean NOT NULL DEFAULT true
);
INSERT INTO review.flaw (code, dimension, description, severity, points) VALUES
('S-01', 'SUBSTANCE',   '认定事实不清、证据不足', 'SERIOUS', 20),
('S-02', 'SUBSTANCE',   '适用法律错误', 'SERIOUS', 20),
('S-03', 'SUBSTANCE',   '裁判结果明显失当（如数额计算错误）', 'MAJOR', 8),
('P-01', 'PROCEDURE',   '违反法定程序，可能影响公正审判', 'SERIOUS', 20),
('P-02', 'PROCEDURE',   '超审限未依法办理延长或扣除手续', 'MAJOR', 6),
('P-03', 'PROCEDURE',   '送达程序不规范', 'MINOR', 2),
('I-01', 'INFORMATION', '案件信息录入缺漏或与卷宗不一致', 'MINOR', 1),
('I-02', 'INFORMATION', '结案后未按期录入结案信息', 'MINOR', 2),
('D-01', 'DOCUMENT',    '裁判文书说理不充分', 'MAJOR', 5),
('D-02', 'DOCUMENT',    '裁判文书文字、标点或格式错误', 'MINOR', 1),
('D-03', 'DOCUMENT',    '裁判文书当事人信息错误或未依法隐名', 'MAJOR', 5),
('H-01', 'HEARING',     '庭审未完整归纳争议焦点', 'MINOR', 2),
('H-02', 'HEARING',     '庭审中未依法告知诉讼权利义务', 'MAJOR', 5),
('F-01', 'FILE',        '卷宗材料缺失或排列不规范', 'MINOR', 2),
('F-02', 'FILE',        '结案后未按期归档', 'MINOR', 2);

-- A review of one case. court ids are organization's; the case's court is the reviewed court.
CREATE TABLE review.review (
    id                 bigserial PRIMARY KEY,
    case_number        text        NOT NULL,
    case_court_id      bigint      NOT NULL,
    reviewing_court_id bigint      NOT NULL,
    kind               text        NOT NULL CHECK (kind IN ('ROUTINE', 'KEY', 'SPECIAL', 'DOCUMENT', 'HEARING', 'FILE')),
    reason             text        NOT NULL,
    self_or_cross      text        CHECK (self_or_cross IN ('SELF', 'CROSS')),
    status             text        NOT NULL DEFAULT 'ENROLLED' CHECK (status IN ('ENROLLED', 'ASSIGNED', 'CONCLUDED')),
    enrolled_on        date        NOT NULL,
    reviewer_staff_id  bigint,
    reviewer_name      text,
    proposed_excellent boolean     NOT NULL DEFAULT false,
    report             text,
    result             text        CHECK (result IN ('EXCELLENT', 'QUALIFIED', 'FLAWED', 'UNQUALIFIED')),
    points             int,
    concluded_on       date,
    handler_answer     text,
    suspected_violation text,
    committee_studied  boolean     NOT NULL DEFAULT false,
    two_way            text        CHECK (two_way IN ('BASIC_TO_INTERMEDIATE', 'INTERMEDIATE_TO_HIGH')),
    two_way_reason     text,
    import_key         text        UNIQUE,
    version            int         NOT NULL DEFAULT 0,
    created_at         timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'CONCLUDED') = (result IS NOT NULL AND concluded_on IS NOT NULL))
);
CREATE INDEX review_case_idx ON review.review (case_number);
CREATE INDEX review_court_idx ON review.review (case_court_id, enrolled_on);
CREATE INDEX review_reviewing_idx ON review.review (reviewing_court_id, enrolled_on);
-- One key review per case enrolled automatically: a second outcome on the same case does not enrol it twice.
CREATE UNIQUE INDEX review_one_key_per_case ON review.review (case_number) WHERE kind = 'KEY' AND import_key IS NULL;

CREATE TABLE review.finding (
    id        bigserial PRIMARY KEY,
    review_id bigint NOT NULL REFERENCES review.review (id),
    flaw_code text   NOT NULL REFERENCES review.flaw (code),
    note      text   NOT NULL DEFAULT '',
    UNIQUE (review_id, flaw_code)
);

-- 应纳入重点评查的案件: every 发改指 case when the higher court's outcome is recorded, a case flagged for petitions.
CREATE TABLE review.key_candidate (
    case_number       text PRIMARY KEY,
    case_court_id     bigint NOT NULL,
    reason            text   NOT NULL CHECK (reason IN ('REVERSED', 'REMANDED', 'RETRIAL_ORDERED', 'PETITION')),
    upper_case_number text,
    recorded_on       date   NOT NULL
);
CREATE INDEX key_candidate_court_idx ON review.key_candidate (case_court_id, recorded_on);

-- 回避声明: a reviewer declares he will not review a case.
CREATE TABLE review.recusal (
    staff_id    bigint NOT NULL,
    case_number text   NOT NULL,
    reason      text   NOT NULL,
    PRIMARY KEY (staff_id, case_number)
);

-- Power-list entries for review (the power list is data; the authority module reads them by action name).
INSERT INTO authority.power_rule (code, kind, subject_kind, subject_code, action, condition, description, source) VALUES
('G-R1', 'GRANT', 'OFFICE', 'TRIAL_MANAGEMENT', 'MANAGE_REVIEW', 'OWN_COURT_OR_LOWER', '审判管理办公室组织本院及下级法院的案件评查、分派评查人员', '最高人民法院关于新时期进一步加强人民法院审判管理工作的若干意见（2014）'),
('G-R2', 'GRANT', 'OFFICE', 'TRIAL_MANAGEMENT', 'VIEW_REVIEW', 'OWN_COURT_OR_LOWER', '审判管理办公室查看本院及下级法院的案件评查', '案件质量评查职责'),
('G-R3', 'GRANT', 'POST', 'PRESIDENT', 'VIEW_REVIEW', 'OWN_COURT_OR_LOWER', '院长查看本院及下级法院的案件评查', '上级法院监督指导下级法院'),
('G-R4', 'GRANT', 'POST', 'VICE_PRESIDENT', 'VIEW_REVIEW', 'OWN_COURT_OR_LOWER', '副院长查看本院及下级法院的案件评查', '上级法院监督指导下级法院'),
('G-R5', 'GRANT', 'POST', 'PRESIDENT', 'MANAGE_REVIEW', 'OWN_COURT_OR_LOWER', '院长组织本院及下级法院的案件评查（含申请双向评查、提交审委会研究）', '上级法院监督指导下级法院');
