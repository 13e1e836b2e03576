-- 未公开信息的案件 (issue 14): the intermediate courts' deduction counts the judgments whose required disclosure is
-- missing — neither published nor withheld with their notice — as judgment publication's 双百 check finds them
-- (measure DISCLOSURE_MISSING), no longer 文书上网率's 分母 − 分子, which counted every lawfully withheld judgment
-- (法释〔2016〕19号 第4条, 第6条) as a deduction. Schemes with a locked run keep what their results were computed with.
UPDATE evaluation.scheme_item SET measure = 'DISCLOSURE_MISSING', indicator = NULL,
       name = '应公开或公示而未办理的裁判文书（每件扣0.01分）'
WHERE code = 'UNDISCLOSED' AND measure = 'COURT_INDICATOR_MISSING' AND indicator = 'JUDGMENT_ONLINE_RATE'
  AND scheme_id NOT IN (SELECT scheme_id FROM evaluation.run WHERE status = 'LOCKED');
