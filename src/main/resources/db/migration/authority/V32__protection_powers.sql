-- 法官履职保障: who may ask for protection and who handles the requests for the court's 法官权益保障委员会.
-- The committee's composition is set by each court [U]; these entries are the default and may be edited like any other.
INSERT INTO authority.power_rule (code, kind, subject_kind, subject_code, action, condition, description, source) VALUES
('G-37', 'GRANT', 'ANYONE', '', 'REQUEST_PROTECTION', 'ALWAYS', '法院人员可以向法官权益保障委员会申请履职保障', '法官法 第十章；《保护司法人员依法履行法定职责规定》'),
('G-38', 'GRANT', 'POST', 'PRESIDENT', 'HANDLE_PROTECTION', 'OWN_COURT', '院长代表本院法官权益保障委员会处理履职保障申请', '法官法 第十章'),
('G-39', 'GRANT', 'POST', 'VICE_PRESIDENT', 'HANDLE_PROTECTION', 'OWN_COURT', '副院长代表本院法官权益保障委员会处理履职保障申请', '法官法 第十章'),
('G-3A', 'GRANT', 'OFFICE', 'SUPERVISION', 'HANDLE_PROTECTION', 'OWN_COURT', '监察室承办本院法官权益保障委员会的日常工作', '法官法 第十章');
