-- 上级法院对下级法院审判工作的监督指导 (人民法院组织法 第10条): the trial-management office and the president of an
-- upper court open the cases behind the figures of the courts below them (the statistics they already see, G-51/G-53,
-- list those cases). Viewing only: no other power follows. A basic court has no court below, so its office and
-- president still see their own court's cases alone (G-45, G-47).
INSERT INTO authority.power_rule (code, kind, subject_kind, subject_code, action, condition, description, source) VALUES
('G-70', 'GRANT', 'OFFICE', 'TRIAL_MANAGEMENT', 'VIEW_CASE', 'OWN_COURT_OR_LOWER', '审判管理办公室查看本院及下级法院的案件（统计数字所列案件）', '人民法院组织法 第10条；审判管理职责'),
('G-71', 'GRANT', 'POST', 'PRESIDENT', 'VIEW_CASE', 'OWN_COURT_OR_LOWER', '院长查看本院及下级法院的案件，监督指导下级法院审判工作', '人民法院组织法 第10条'),
('G-72', 'GRANT', 'POST', 'VICE_PRESIDENT', 'VIEW_CASE', 'OWN_COURT_OR_LOWER', '副院长查看本院及下级法院的案件，监督指导下级法院审判工作', '人民法院组织法 第10条');
