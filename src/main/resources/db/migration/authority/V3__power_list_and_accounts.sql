-- 权力清单 and login accounts.
CREATE SCHEMA IF NOT EXISTS authority;

CREATE TABLE authority.power_rule (
    id           bigserial PRIMARY KEY,
    code         text    NOT NULL UNIQUE,
    kind         text    NOT NULL CHECK (kind IN ('GRANT', 'PROHIBITION')),
    subject_kind text    NOT NULL CHECK (subject_kind IN ('ANYONE', 'ROLE', 'POST', 'OFFICE')),
    subject_code text    NOT NULL DEFAULT '',
    action       text    NOT NULL,
    condition    text    NOT NULL DEFAULT 'ALWAYS',
    description  text    NOT NULL,
    source       text    NOT NULL DEFAULT '',
    active       boolean NOT NULL DEFAULT true,
    version      int     NOT NULL DEFAULT 0
);

CREATE TABLE authority.account (
    id              bigserial PRIMARY KEY,
    username        text        NOT NULL UNIQUE,
    password_hash   text        NOT NULL,
    staff_id        bigint,
    enabled         boolean     NOT NULL DEFAULT true,
    failed_attempts int         NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX account_staff_idx ON authority.account (staff_id) WHERE staff_id IS NOT NULL;

-- The built-in list, from 法发〔2015〕13号《关于完善人民法院司法责任制的若干意见》 and the paper's Jilin practice.
INSERT INTO authority.power_rule (code, kind, subject_kind, subject_code, action, condition, description, source) VALUES
-- 负面清单
('N-01', 'PROHIBITION', 'ANYONE', '', 'HANDLE_CASE', 'OUTSIDE_QUOTA', '未入员额的人员不得担任案件承办人', '法发〔2015〕13号；法官法 第二章 员额制'),
('N-02', 'PROHIBITION', 'ANYONE', '', 'SIGN_JUDGMENT', 'OUTSIDE_QUOTA', '未入员额的人员不得签发裁判文书', '法发〔2015〕13号'),
('N-03', 'PROHIBITION', 'POST', 'PRESIDENT', 'SIGN_JUDGMENT', 'NOT_ON_TRIAL_ORGANISATION_AND_NOT_COMMITTEE_DECIDED', '院长对其未直接参加审理的案件不得签发裁判文书，审判委员会讨论决定的案件除外', '法发〔2015〕13号'),
('N-04', 'PROHIBITION', 'POST', 'VICE_PRESIDENT', 'SIGN_JUDGMENT', 'NOT_ON_TRIAL_ORGANISATION_AND_NOT_COMMITTEE_DECIDED', '副院长对其未直接参加审理的案件不得签发裁判文书，审判委员会讨论决定的案件除外', '法发〔2015〕13号'),
('N-05', 'PROHIBITION', 'POST', 'DIVISION_CHIEF', 'SIGN_JUDGMENT', 'NOT_ON_TRIAL_ORGANISATION_AND_NOT_COMMITTEE_DECIDED', '庭长对其未直接参加审理的案件不得签发裁判文书，审判委员会讨论决定的案件除外', '法发〔2015〕13号'),
('N-06', 'PROHIBITION', 'POST', 'DEPUTY_DIVISION_CHIEF', 'SIGN_JUDGMENT', 'NOT_ON_TRIAL_ORGANISATION_AND_NOT_COMMITTEE_DECIDED', '副庭长对其未直接参加审理的案件不得签发裁判文书，审判委员会讨论决定的案件除外', '法发〔2015〕13号'),
('N-07', 'PROHIBITION', 'ANYONE', '', 'CHANGE_PANEL_DECISION', 'NOT_ON_TRIAL_ORGANISATION', '未参加审理的人员（含院庭长）不得直接改变合议庭或独任法官的意见，可依程序提交专业法官会议或审判委员会', '法发〔2015〕13号 第24条'),
('N-08', 'PROHIBITION', 'ROLE', 'JUDICIAL_ASSISTANT', 'SIGN_JUDGMENT', 'ALWAYS', '法官助理不得签发裁判文书，只可草拟', '法发〔2015〕13号 法官助理职责'),
('N-09', 'PROHIBITION', 'ROLE', 'CLERK', 'SIGN_JUDGMENT', 'ALWAYS', '书记员不得签发裁判文书', '法发〔2015〕13号 书记员职责'),
('N-10', 'PROHIBITION', 'ROLE', 'PEOPLE_ASSESSOR', 'HANDLE_CASE', 'ALWAYS', '人民陪审员不得担任承办法官', '人民陪审员法'),
-- 正面清单: case handling
('G-01', 'GRANT', 'OFFICE', 'FILING', 'FILE_CASE', 'OWN_COURT', '立案庭人员可以在本院立案', '立案登记制'),
('G-02', 'GRANT', 'POST', 'PROCEDURE_DIVERTER', 'DIVERT_CASE', 'OWN_COURT', '程序分流员可以对本院新收案件进行繁简分流', '繁简分流机制'),
('G-03', 'GRANT', 'POST', 'PROCEDURE_DIVERTER', 'ASSIGN_CASE', 'OWN_COURT', '程序分流员可以对本院案件随机分案或经记录理由指定分案', '法发〔2015〕13号 随机分案'),
('G-04', 'GRANT', 'OFFICE', 'FILING', 'ASSIGN_CASE', 'OWN_COURT', '立案庭人员可以对本院案件分案', '法发〔2015〕13号 随机分案'),
('G-05', 'GRANT', 'POST', 'DIVISION_CHIEF', 'REASSIGN_CASE', 'OWN_DIVISION', '庭长负责随机分案后因特殊情况需要调整分案的事宜', '法发〔2015〕13号 庭长职责'),
('G-06', 'GRANT', 'ROLE', 'QUOTA_JUDGE', 'HANDLE_CASE', 'IN_QUOTA', '员额法官可以担任案件承办人', '让审理者裁判、由裁判者负责'),
('G-07', 'GRANT', 'ROLE', 'QUOTA_JUDGE', 'SIGN_JUDGMENT', 'ON_TRIAL_ORGANISATION', '独任法官直接签发裁判文书；合议庭成员依承办法官、其他成员、审判长的顺序签署', '法发〔2015〕13号 独任法官、审判长职责'),
('G-08', 'GRANT', 'POST', 'PRESIDENT', 'SIGN_JUDGMENT', 'COMMITTEE_DECIDED', '院长签发审判委员会讨论决定案件的裁判文书', '法发〔2015〕13号；人民法院组织法 第39条'),
('G-09', 'GRANT', 'POST', 'VICE_PRESIDENT', 'SIGN_JUDGMENT', 'COMMITTEE_DECIDED', '副院长受院长委托签发审判委员会讨论决定案件的裁判文书', '法发〔2015〕13号'),
('G-10', 'GRANT', 'ROLE', 'QUOTA_JUDGE', 'CHANGE_TRIAL_ORGANISATION', 'OWN_OR_TEAM_CASE', '承办法官可以申请变更本案审判组织并记录理由', '法发〔2022〕31号'),
('G-11', 'GRANT', 'POST', 'DIVISION_CHIEF', 'CHANGE_TRIAL_ORGANISATION', 'OWN_DIVISION', '庭长负责本庭合议庭、团队之间的分工及审判组织的调整', '法发〔2015〕13号 庭长职责'),
('G-12', 'GRANT', 'ROLE', 'QUOTA_JUDGE', 'SCHEDULE_HEARING', 'OWN_OR_TEAM_CASE', '员额法官可以为本人或本团队案件排期开庭', '法发〔2015〕13号 独任法官职责'),
('G-13', 'GRANT', 'ROLE', 'JUDICIAL_ASSISTANT', 'SCHEDULE_HEARING', 'OWN_OR_TEAM_CASE', '法官助理可以为本团队案件排期开庭', '法发〔2015〕13号 法官助理职责'),
('G-14', 'GRANT', 'ROLE', 'CLERK', 'SCHEDULE_HEARING', 'OWN_OR_TEAM_CASE', '书记员可以为本团队案件办理排期等庭前事务', '法发〔2015〕13号 书记员职责'),
('G-15', 'GRANT', 'ROLE', 'QUOTA_JUDGE', 'REQUEST_EXTENSION', 'OWN_OR_TEAM_CASE', '承办法官可以申请延长本案审限', '民事诉讼法 第152条'),
('G-16', 'GRANT', 'POST', 'PRESIDENT', 'APPROVE_EXTENSION', 'OWN_COURT_OR_LOWER', '院长审批延长审限；需上级法院批准的，由上级法院院长审批', '民事诉讼法 第152条、第164条；刑事诉讼法 第208条'),
('G-17', 'GRANT', 'POST', 'VICE_PRESIDENT', 'APPROVE_EXTENSION', 'OWN_COURT_OR_LOWER', '副院长受院长委托审批延长审限', '民事诉讼法 第152条'),
('G-18', 'GRANT', 'ROLE', 'QUOTA_JUDGE', 'SUSPEND_DEADLINE', 'OWN_OR_TEAM_CASE', '承办法官可以登记公告、鉴定等扣除审限期间', '民诉解释 第243条'),
('G-19', 'GRANT', 'ROLE', 'QUOTA_JUDGE', 'CLOSE_CASE', 'ON_TRIAL_ORGANISATION', '审判组织成员可以办理结案', '让审理者裁判、由裁判者负责'),
('G-20', 'GRANT', 'ROLE', 'CLERK', 'ARCHIVE_CASE', 'OWN_OR_TEAM_CASE', '书记员负责整理、装订、归档案卷', '法发〔2015〕13号 书记员职责'),
('G-21', 'GRANT', 'ROLE', 'QUOTA_JUDGE', 'ARCHIVE_CASE', 'OWN_OR_TEAM_CASE', '承办法官可以办理本案归档', '法发〔2015〕13号'),
-- 正面清单: supervision
('G-30', 'GRANT', 'POST', 'PRESIDENT', 'CONVENE_MEETING', 'OWN_COURT', '院长主持审判委员会，召集专业法官会议', '人民法院组织法 第38条'),
('G-31', 'GRANT', 'POST', 'VICE_PRESIDENT', 'CONVENE_MEETING', 'OWN_COURT', '副院长受院长委托召集会议', '人民法院组织法 第38条'),
('G-32', 'GRANT', 'POST', 'DIVISION_CHIEF', 'CONVENE_MEETING', 'OWN_DIVISION', '庭长召集本庭专业法官会议', '法发〔2021〕2号'),
('G-33', 'GRANT', 'POST', 'PRESIDENT', 'RECORD_SUPERVISION_INSTRUCTION', 'OWN_COURT', '院长在工作平台上公开记录对本院案件的监督管理意见', '法发〔2015〕13号 第24条'),
('G-34', 'GRANT', 'POST', 'VICE_PRESIDENT', 'RECORD_SUPERVISION_INSTRUCTION', 'OWN_COURT', '副院长在工作平台上公开记录监督管理意见', '法发〔2015〕13号 第24条'),
('G-35', 'GRANT', 'POST', 'DIVISION_CHIEF', 'RECORD_SUPERVISION_INSTRUCTION', 'OWN_DIVISION', '庭长在工作平台上公开记录对本庭案件的监督管理意见', '法发〔2015〕13号 第24条'),
('G-36', 'GRANT', 'ANYONE', '', 'RECORD_INTERFERENCE', 'ALWAYS', '所有司法人员应当全面、如实记录干预司法、过问案件的情况', '中办发〔2015〕23号 第5条'),
-- 正面清单: data scope
('G-40', 'GRANT', 'ROLE', 'QUOTA_JUDGE', 'VIEW_CASE', 'OWN_OR_TEAM_CASE', '员额法官查看本人及本团队承办的案件', '数据范围'),
('G-41', 'GRANT', 'ROLE', 'JUDICIAL_ASSISTANT', 'VIEW_CASE', 'OWN_OR_TEAM_CASE', '法官助理查看本团队承办的案件', '数据范围'),
('G-42', 'GRANT', 'ROLE', 'CLERK', 'VIEW_CASE', 'OWN_OR_TEAM_CASE', '书记员查看本团队承办的案件', '数据范围'),
('G-43', 'GRANT', 'POST', 'DIVISION_CHIEF', 'VIEW_CASE', 'OWN_DIVISION', '庭长查看本庭案件', '数据范围'),
('G-44', 'GRANT', 'POST', 'DEPUTY_DIVISION_CHIEF', 'VIEW_CASE', 'OWN_DIVISION', '副庭长查看本庭案件', '数据范围'),
('G-45', 'GRANT', 'POST', 'PRESIDENT', 'VIEW_CASE', 'OWN_COURT', '院长查看本院案件', '数据范围'),
('G-46', 'GRANT', 'POST', 'VICE_PRESIDENT', 'VIEW_CASE', 'OWN_COURT', '副院长查看本院案件', '数据范围'),
('G-47', 'GRANT', 'OFFICE', 'TRIAL_MANAGEMENT', 'VIEW_CASE', 'OWN_COURT', '审判管理办公室查看本院案件', '数据范围'),
('G-48', 'GRANT', 'OFFICE', 'SUPERVISION', 'VIEW_CASE', 'OWN_COURT', '监察室查看本院案件', '数据范围'),
('G-49', 'GRANT', 'OFFICE', 'FILING', 'VIEW_CASE', 'OWN_COURT', '立案庭查看本院案件的立案信息', '数据范围'),
('G-50', 'GRANT', 'POST', 'PROCEDURE_DIVERTER', 'VIEW_CASE', 'OWN_COURT', '程序分流员查看本院待分流、待分案案件', '数据范围'),
('G-51', 'GRANT', 'POST', 'PRESIDENT', 'VIEW_STATISTICS', 'OWN_COURT_OR_LOWER', '院长查看本院及下级法院的统计', '上级法院监督指导下级法院'),
('G-52', 'GRANT', 'POST', 'VICE_PRESIDENT', 'VIEW_STATISTICS', 'OWN_COURT_OR_LOWER', '副院长查看本院及下级法院的统计', '上级法院监督指导下级法院'),
('G-53', 'GRANT', 'OFFICE', 'TRIAL_MANAGEMENT', 'VIEW_STATISTICS', 'OWN_COURT_OR_LOWER', '审判管理办公室查看本院及下级法院的统计', '审判管理职责'),
('G-54', 'GRANT', 'POST', 'DIVISION_CHIEF', 'VIEW_STATISTICS', 'OWN_COURT', '庭长查看本院统计', '审判管理职责'),
('G-55', 'GRANT', 'ROLE', 'QUOTA_JUDGE', 'VIEW_STATISTICS', 'OWN_COURT', '员额法官查看本院统计', '审判管理数据公开'),
-- 正面清单: organisation, trail, power list
('G-60', 'GRANT', 'ANYONE', '', 'VIEW_ORGANIZATION', 'OWN_COURT_OR_LOWER', '所有人员查看本院及下级法院的组织机构和人员', '组织机构'),
('G-61', 'GRANT', 'OFFICE', 'TRIAL_MANAGEMENT', 'MANAGE_ORGANIZATION', 'OWN_COURT_OR_LOWER', '审判管理办公室维护本院及下级法院的组织机构、人员与员额', '审判管理职责'),
('G-62', 'GRANT', 'OFFICE', 'TRIAL_MANAGEMENT', 'IMPORT_DATA', 'OWN_COURT_OR_LOWER', '审判管理办公室导入本院及下级法院的数据', '审判管理职责'),
('G-63', 'GRANT', 'OFFICE', 'TRIAL_MANAGEMENT', 'VIEW_TRAIL', 'ALWAYS', '审判管理办公室查看和校验留痕记录', '全程留痕'),
('G-64', 'GRANT', 'OFFICE', 'SUPERVISION', 'VIEW_TRAIL', 'ALWAYS', '监察室查看和校验留痕记录', '全程留痕'),
('G-65', 'GRANT', 'POST', 'PRESIDENT', 'VIEW_TRAIL', 'ALWAYS', '院长查看留痕记录', '全程留痕'),
('G-66', 'GRANT', 'ANYONE', '', 'VIEW_POWER_LIST', 'ALWAYS', '所有人员查看权力清单（权力清单向社会公布）', '权力清单公开'),
('G-67', 'GRANT', 'OFFICE', 'TRIAL_MANAGEMENT', 'EDIT_POWER_LIST', 'ALWAYS', '审判管理办公室维护权力清单，每次修改均留痕', '权力清单'),
('N-20', 'PROHIBITION', 'ROLE', 'QUOTA_JUDGE', 'EDIT_POWER_LIST', 'ALWAYS', '办案法官不得修改权力清单', '权力清单');
