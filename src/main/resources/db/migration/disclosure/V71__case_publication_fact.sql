-- 文书上网状态 as a case fact: from now on every change of a document's state sets casefile.case_file.judgment_published
-- in the same transaction (Publications → CaseFiles.recordPublication), which statistics (文书上网率, 双百完成率) and
-- review read. Cases whose documents changed before are brought to their latest document's state once, here.
UPDATE casefile.case_file c
SET judgment_published = CASE d.state WHEN 'PUBLISHED' THEN 'PUBLISHED' WHEN 'WITHHELD' THEN 'ANNOUNCED' ELSE 'PENDING' END
FROM (SELECT DISTINCT ON (case_number) case_number, state
      FROM disclosure.judgment_document ORDER BY case_number, id DESC) d
WHERE c.case_number = d.case_number
  AND c.judgment_published IS DISTINCT FROM
      CASE d.state WHEN 'PUBLISHED' THEN 'PUBLISHED' WHEN 'WITHHELD' THEN 'ANNOUNCED' ELSE 'PENDING' END;
