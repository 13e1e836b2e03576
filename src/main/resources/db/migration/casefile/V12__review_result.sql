-- 二审、再审结果 apart from 发改指. Two facts that used to share upper_outcome:
--   upper_outcome  what a higher court did to this case on appeal or retrial (改判, 发回重审, 指令再审 count as 发改指
--                  against this case's court); written on the original when the reviewing case closes naming it
--   review_result  the result of a reviewing case itself (民终, 民再, 民申 …): what it decided on the case it reviewed
-- Until now the closing form, the history import and the demo wrote a reviewing case's own result into upper_outcome,
-- so the statistics counted an intermediate court's 民终 that reversed or remanded the court below as if the
-- intermediate court had been reversed or remanded itself.
-- Codes as ReviewResult (and the closing form's list): 维持 AFFIRMED, 改判 REVERSED, 发回重审 REMANDED, 指令再审
-- RETRIAL_ORDERED, 撤诉 WITHDRAWN, 调解 MEDIATED, 其他 OTHER.
ALTER TABLE casefile.case_file
    ADD COLUMN review_result text,
    ADD CONSTRAINT case_file_review_result CHECK (review_result IN
        ('AFFIRMED', 'REVERSED', 'REMANDED', 'RETRIAL_ORDERED', 'WITHDRAWN', 'MEDIATED', 'OTHER'));

-- Reviewing cases: type codes ending in 终 (二审), 再 (再审) or 申 (再审审查) — exactly CaseType's Instance.SECOND,
-- RETRIAL and RETRIAL_REVIEW (民终 刑终 行终 行赔终, 民再 刑再 行再, 民申 刑申 行申); no other code ends so.
-- Their upper_outcome held their own result and moves to review_result, or, where it is empty, the result the close
-- method states (维持, 改判, 发回重审, 指令再审; the history import now reads it from there). One exception: a
-- reviewing case that a retrial closed in quanze names as its original (民再 of a 民终) had its upper_outcome
-- overwritten at that closing with the retrial's result — that is what a higher court did to it, so it stays, and
-- the case's own result can only come from its close method.
WITH reviewing AS (
    SELECT c.id,
           EXISTS (SELECT 1 FROM casefile.case_file r
                   WHERE r.original_case_number = c.case_number AND r.case_type LIKE '%再'
                     AND r.closed_on IS NOT NULL AND NOT r.imported) AS retried,
           CASE c.close_method WHEN '维持' THEN 'AFFIRMED' WHEN '改判' THEN 'REVERSED' WHEN '发回重审' THEN 'REMANDED'
                               WHEN '指令再审' THEN 'RETRIAL_ORDERED' END AS stated
    FROM casefile.case_file c
    WHERE c.case_type LIKE '%终' OR c.case_type LIKE '%再' OR c.case_type LIKE '%申')
UPDATE casefile.case_file c
SET review_result = CASE WHEN v.retried THEN v.stated ELSE coalesce(c.upper_outcome, v.stated) END,
    upper_outcome = CASE WHEN v.retried THEN c.upper_outcome END
FROM reviewing v
WHERE c.id = v.id;

-- The read model gains the reviewing case's own result, at the end (statistics and the DuckDB bench read it by name).
DROP VIEW casefile.case_fact;
CREATE VIEW casefile.case_fact AS
SELECT c.id, c.case_number, c.court_id, c.court_code, c.department_id, c.case_type, c.category, c.procedure,
       c.track, c.cause_code, c.claim_amount, c.filed_on, c.closed_on, c.close_method, c.archived_on,
       c.deadline_on, c.suspended_days, c.extended, c.handler_id, c.tried_by, c.appealed, c.upper_outcome,
       c.original_case_number, c.hearing_live_streamed, c.judgment_published, c.committee_decided,
       (c.closed_on IS NOT NULL AND (c.deadline_on IS NULL OR c.closed_on <= c.deadline_on)) AS closed_within_deadline,
       coalesce(w.weight, 1.000) AS weight,
       c.retrial_applied, c.appeal_on, c.transferred_on,
       c.review_result
FROM casefile.case_file c
LEFT JOIN casefile.case_weight w ON w.case_type = c.case_type AND w.procedure = c.procedure;
