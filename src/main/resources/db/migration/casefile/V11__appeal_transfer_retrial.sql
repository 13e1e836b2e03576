-- 上诉、移送与申请再审: the facts behind 上诉/发回重审案件平均移送天数, 申请再审/申诉率 and the 「双百」 check.
--   retrial_applied  被申请再审/申诉: the effective case was the subject of an application for retrial or a petition
--   appeal_on        上诉日期: the appeal petition reached the court (民事诉讼法 第173条; 刑事诉讼法 第231条)
--   transferred_on   移送日期: the file went to the higher court on appeal (民事诉讼法 第174条第2款), or, for a
--                    second-instance case closed as 发回重审, back to the court below
-- An appeal follows the judgment, and a file is sent only after the judgment and after the appeal.
ALTER TABLE casefile.case_file
    ADD COLUMN retrial_applied boolean NOT NULL DEFAULT false,
    ADD COLUMN appeal_on       date,
    ADD COLUMN transferred_on  date,
    ADD CONSTRAINT case_file_appeal_after_closing
        CHECK (appeal_on IS NULL OR closed_on IS NOT NULL AND appeal_on >= closed_on),
    ADD CONSTRAINT case_file_transfer_after_closing
        CHECK (transferred_on IS NULL OR closed_on IS NOT NULL AND transferred_on >= closed_on),
    ADD CONSTRAINT case_file_transfer_after_appeal
        CHECK (transferred_on IS NULL OR appeal_on IS NULL OR transferred_on >= appeal_on),
    -- 裁判文书上网 (法释〔2016〕19号): published (第3条), not published (第4条), not published but its case number, court,
    -- date and reason announced (不公开已公示, 第6条), or not handled yet
    ADD CONSTRAINT case_file_judgment_published
        CHECK (judgment_published IN ('PUBLISHED', 'NOT_PUBLISHED', 'ANNOUNCED', 'PENDING'));

-- The read model gains the new facts, at the end (statistics and the DuckDB bench read it by name).
DROP VIEW casefile.case_fact;
CREATE VIEW casefile.case_fact AS
SELECT c.id, c.case_number, c.court_id, c.court_code, c.department_id, c.case_type, c.category, c.procedure,
       c.track, c.cause_code, c.claim_amount, c.filed_on, c.closed_on, c.close_method, c.archived_on,
       c.deadline_on, c.suspended_days, c.extended, c.handler_id, c.tried_by, c.appealed, c.upper_outcome,
       c.original_case_number, c.hearing_live_streamed, c.judgment_published, c.committee_decided,
       (c.closed_on IS NOT NULL AND (c.deadline_on IS NULL OR c.closed_on <= c.deadline_on)) AS closed_within_deadline,
       coalesce(w.weight, 1.000) AS weight,
       c.retrial_applied, c.appeal_on, c.transferred_on
FROM casefile.case_file c
LEFT JOIN casefile.case_weight w ON w.case_type = c.case_type AND w.procedure = c.procedure;
