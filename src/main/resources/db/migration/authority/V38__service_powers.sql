-- 送达: the judge's team records the documents it serves (法发〔2015〕13号: 书记员 办理送达), and the filing division
-- those it serves at filing (受理通知书, 应诉通知书). Editable like every other entry.
INSERT INTO authority.power_rule (code, kind, subject_kind, subject_code, action, condition, description, source) VALUES
('G-S1', 'GRANT', 'ROLE', 'CLERK', 'RECORD_SERVICE', 'OWN_OR_TEAM_CASE', '书记员记录本团队案件的送达', '民事诉讼法 第87条；法发〔2015〕13号 书记员职责'),
('G-S2', 'GRANT', 'ROLE', 'JUDICIAL_ASSISTANT', 'RECORD_SERVICE', 'OWN_OR_TEAM_CASE', '法官助理记录本团队案件的送达', '民事诉讼法 第87条；法发〔2015〕13号 法官助理职责'),
('G-S3', 'GRANT', 'ROLE', 'QUOTA_JUDGE', 'RECORD_SERVICE', 'OWN_OR_TEAM_CASE', '承办法官记录本案的送达', '民事诉讼法 第87条'),
('G-S4', 'GRANT', 'OFFICE', 'FILING', 'RECORD_SERVICE', 'OWN_COURT', '立案庭记录本院案件立案阶段的送达', '民事诉讼法 第87条、第128条');
