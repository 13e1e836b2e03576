-- 审判责任认定与追究 (issue 16): who records clues and reviews them first (初核), who handles a proceeding, who decides,
-- who may see it (confidential: the committee's members and the judge concerned see theirs by the record), and what a
-- judge suspended from duty may not do (法官法 第47条). Editable like every other entry.
INSERT INTO authority.power_rule (code, kind, subject_kind, subject_code, action, condition, description, source) VALUES
('G-ACC1', 'GRANT', 'OFFICE', 'SUPERVISION', 'RECORD_ACCOUNTABILITY_CLUE', 'OWN_COURT', '监察室登记本院案件的审判责任线索（投诉举报、监督记录等）', '法发〔2015〕13号 第34条'),
('G-ACC2', 'GRANT', 'OFFICE', 'TRIAL_MANAGEMENT', 'RECORD_ACCOUNTABILITY_CLUE', 'OWN_COURT', '审判管理办公室登记线索并初核', '法发〔2015〕13号 第34条'),
('G-ACC3', 'GRANT', 'OFFICE', 'TRIAL_SUPERVISION', 'RECORD_ACCOUNTABILITY_CLUE', 'OWN_COURT', '审判监督庭登记线索并初核', '法发〔2015〕13号 第34条'),
('G-ACC4', 'GRANT', 'OFFICE', 'SUPERVISION', 'HANDLE_ACCOUNTABILITY', 'OWN_COURT', '监察室立案、调查、报告院长、提请惩戒委员会审查并录入审查意见', '法发〔2015〕13号 第35条；法官法 第48条'),
('G-ACC5', 'GRANT', 'POST', 'PRESIDENT', 'DECIDE_ACCOUNTABILITY', 'OWN_COURT', '院长决定当事法官暂停履行职务及惩戒处理', '法官法 第47条、第48条'),
('G-ACC6', 'GRANT', 'OFFICE', 'SUPERVISION', 'VIEW_ACCOUNTABILITY', 'OWN_COURT', '监察室查看本院审判责任追究程序', '法官惩戒工作程序规定（试行）'),
('G-ACC7', 'GRANT', 'POST', 'PRESIDENT', 'VIEW_ACCOUNTABILITY', 'OWN_COURT', '院长查看本院审判责任追究程序', '法官惩戒工作程序规定（试行）'),
('N-ACC1', 'PROHIBITION', 'ANYONE', '', 'HANDLE_CASE', 'SUSPENDED_FROM_DUTY', '被暂停履行职务或停职的法官不得承办新的案件', '法官法 第47条'),
('N-ACC2', 'PROHIBITION', 'ANYONE', '', 'SIGN_JUDGMENT', 'SUSPENDED_FROM_DUTY', '被暂停履行职务或停职的法官不得签发裁判文书', '法官法 第47条');
