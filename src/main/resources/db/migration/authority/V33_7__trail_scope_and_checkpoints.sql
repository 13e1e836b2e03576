-- 全程留痕 reads are scoped like every other read (issue 10 item 4): a court's president and offices read the trail of
-- their own court and the courts below it, no longer the whole province's.
UPDATE authority.power_rule SET condition = 'OWN_COURT_OR_LOWER', version = version + 1,
       description = replace(description, '留痕记录', '本院及下级法院的留痕记录')
 WHERE code IN ('G-63', 'G-64', 'G-65') AND condition = 'ALWAYS';

-- Signed checkpoints and the export for offline verification (issue 10 item 2). The export is the whole chain (a
-- chain cannot be verified in parts), so the code also requires a scope covering every court: in practice the high
-- court's offices. The administrator may do both without an entry.
INSERT INTO authority.power_rule (code, kind, subject_kind, subject_code, action, condition, description, source) VALUES
('G-90', 'GRANT', 'OFFICE', 'TRIAL_MANAGEMENT', 'SIGN_TRAIL_CHECKPOINT', 'ALWAYS', '审判管理办公室签署留痕检查点', '全程留痕；RFC 9162 签名树头'),
('G-91', 'GRANT', 'OFFICE', 'TRIAL_MANAGEMENT', 'EXPORT_TRAIL', 'OWN_COURT_OR_LOWER', '审判管理办公室导出全部留痕记录及签名检查点', '全程留痕'),
('G-92', 'GRANT', 'OFFICE', 'SUPERVISION', 'EXPORT_TRAIL', 'OWN_COURT_OR_LOWER', '监察室导出全部留痕记录及签名检查点，离线校验', '全程留痕');
