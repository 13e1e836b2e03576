-- 审判委员会 and 合议评议: who chairs, who approves a submission, who convenes a professional judges' meeting, and
-- who reads deliberation records, ballots, votes and minutes. Editable like every other entry.
--
-- G-30/G-31 granted CONVENE_MEETING to presidents and vice-presidents, and G-32 to a division chief for "his own
-- division" — compared with the chief's own department, so it held for any court's committee. The committee is now
-- chaired under CHAIR_COMMITTEE (the president; a vice-president only under a recorded delegation, checked by the
-- deliberation module), CONVENE_MEETING means the professional judges' meeting only, and G-32 gives way to G-82.
UPDATE authority.power_rule SET active = false, version = version + 1,
       description = description || '（已由 G-82 取代：该条件比较的是庭长本人所在部门，未比较法院）'
 WHERE code = 'G-32';
UPDATE authority.power_rule SET description = '院长召集本院专业法官会议', version = version + 1 WHERE code = 'G-30';
UPDATE authority.power_rule SET description = '副院长召集本院专业法官会议', version = version + 1 WHERE code = 'G-31';
INSERT INTO authority.power_rule (code, kind, subject_kind, subject_code, action, condition, description, source) VALUES
('G-80', 'GRANT', 'POST', 'PRESIDENT', 'CHAIR_COMMITTEE', 'OWN_COURT', '院长主持本院审判委员会会议；副院长须经院长委托（委托记录在案）方可主持', '人民法院组织法 第38条'),
('G-81', 'GRANT', 'POST', 'PRESIDENT', 'APPROVE_COMMITTEE_SUBMISSION', 'OWN_COURT', '院长批准将本院案件提交审判委员会讨论（列入议程）', '人民法院组织法 第39条'),
('G-82', 'GRANT', 'POST', 'DIVISION_CHIEF', 'CONVENE_MEETING', 'OWN_COURT', '庭长召集本院专业法官会议并主持其召集的会议', '法发〔2021〕2号 五'),
('G-83', 'GRANT', 'POST', 'PRESIDENT', 'VIEW_COMMITTEE', 'OWN_COURT', '院长查看本院审判委员会、会议表决与纪要及本院评议记录', '人民法院组织法 第38条'),
('G-84', 'GRANT', 'POST', 'VICE_PRESIDENT', 'VIEW_COMMITTEE', 'OWN_COURT', '副院长查看本院审判委员会、会议表决与纪要及本院评议记录', '人民法院组织法 第38条'),
('G-85', 'GRANT', 'POST', 'COMMITTEE_MEMBER', 'VIEW_COMMITTEE', 'OWN_COURT', '审判委员会委员查看本院审判委员会会议并参加表决', '人民法院组织法 第36条、第38条'),
('G-86', 'GRANT', 'POST', 'FULL_TIME_COMMITTEE_MEMBER', 'VIEW_COMMITTEE', 'OWN_COURT', '专职委员查看本院审判委员会会议并参加表决', '人民法院组织法 第36条'),
('G-87', 'GRANT', 'OFFICE', 'TRIAL_MANAGEMENT', 'VIEW_COMMITTEE', 'OWN_COURT', '审判管理办公室（审判委员会办事机构）查看本院审判委员会会议与评议记录', '审判委员会工作规则'),
('G-88', 'GRANT', 'ANYONE', '', 'VIEW_DELIBERATION', 'ON_TRIAL_ORGANISATION', '审判组织成员查看本案的评议笔录', '民事诉讼法 第45条'),
('G-89', 'GRANT', 'POST', 'DIVISION_CHIEF', 'VIEW_DELIBERATION', 'OWN_DIVISION', '庭长查看本庭案件的评议笔录', '法发〔2015〕13号 庭长职责'),
('N-21', 'PROHIBITION', 'OFFICE', 'FILING', 'VIEW_DELIBERATION', 'ALWAYS', '立案庭人员不得查看评议笔录与表决（非本案审判组织成员）', '法发〔2015〕13号；数据范围'),
('N-22', 'PROHIBITION', 'POST', 'PROCEDURE_DIVERTER', 'VIEW_DELIBERATION', 'ALWAYS', '程序分流员不得查看评议笔录与表决（非本案审判组织成员）', '法发〔2015〕13号；数据范围');
