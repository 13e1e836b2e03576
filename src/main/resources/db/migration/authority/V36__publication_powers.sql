-- 裁判文书上网 (法释〔2016〕19号, issue 14): the trial team attaches the effective document, confirms its anonymisation
-- and publishes it or proposes not to (第3–4条; 第15条: the handling judge answers for the published text); a
-- proposal under 第4条(五) is decided by the president or the vice-president in charge (第12条). Editable like
-- every other entry. The working-day calendar (national data: the State Council's yearly holiday notice) is kept by
-- the trial-management office.
INSERT INTO authority.power_rule (code, kind, subject_kind, subject_code, action, condition, description, source) VALUES
('G-P1', 'GRANT', 'ROLE', 'QUOTA_JUDGE', 'PUBLISH_JUDGMENT', 'ON_TRIAL_ORGANISATION', '审判组织成员办理本案裁判文书上网（附文书、确认屏蔽、公开或提出不公开、撤回）', '法释〔2016〕19号 第3条、第4条、第15条'),
('G-P2', 'GRANT', 'ROLE', 'CLERK', 'PUBLISH_JUDGMENT', 'OWN_OR_TEAM_CASE', '书记员办理本团队案件的裁判文书上网', '法释〔2016〕19号 第3条、第15条'),
('G-P3', 'GRANT', 'ROLE', 'JUDICIAL_ASSISTANT', 'PUBLISH_JUDGMENT', 'OWN_OR_TEAM_CASE', '法官助理办理本团队案件的裁判文书上网', '法释〔2016〕19号 第3条、第15条'),
('G-P4', 'GRANT', 'POST', 'PRESIDENT', 'APPROVE_NON_PUBLICATION', 'OWN_COURT', '院长审批本院裁判文书因其他情形不上网', '法释〔2016〕19号 第4条第（五）项、第12条'),
('G-P5', 'GRANT', 'POST', 'VICE_PRESIDENT', 'APPROVE_NON_PUBLICATION', 'OWN_COURT', '主管副院长审批本院裁判文书因其他情形不上网', '法释〔2016〕19号 第12条'),
('G-P6', 'GRANT', 'OFFICE', 'TRIAL_MANAGEMENT', 'EDIT_WORKING_CALENDAR', 'ALWAYS', '审判管理办公室按国务院办公厅每年的节假日安排维护工作日历', '法释〔2016〕19号 第7条（7个工作日）');
