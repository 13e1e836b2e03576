-- 上诉登记与移送: who records that a first-instance judgment was appealed and when the file went to the court above
-- (or, for a case remanded on appeal, back to the court below). The appeal is lodged through the original court
-- (民事诉讼法 第173条), which sends the file up within five days (第174条; 刑事诉讼法 第231条: three days) — work the
-- judge's team and the filing division do. Editable like every other entry.
INSERT INTO authority.power_rule (code, kind, subject_kind, subject_code, action, condition, description, source) VALUES
('G-22', 'GRANT', 'ROLE', 'CLERK', 'RECORD_APPEAL', 'OWN_OR_TEAM_CASE', '书记员登记本团队案件的上诉并办理案卷移送', '民事诉讼法 第173条、第174条；刑事诉讼法 第231条'),
('G-23', 'GRANT', 'ROLE', 'QUOTA_JUDGE', 'RECORD_APPEAL', 'OWN_OR_TEAM_CASE', '承办法官登记本案的上诉与案卷移送', '民事诉讼法 第173条、第174条'),
('G-24', 'GRANT', 'OFFICE', 'FILING', 'RECORD_APPEAL', 'OWN_COURT', '立案庭登记本院案件的上诉与案卷移送', '民事诉讼法 第173条');
