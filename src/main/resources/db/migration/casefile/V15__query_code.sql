-- 查询码 (issue 15): the code a party signs in to the disclosure portal with, issued at filing and re-issuable by the
-- filing office. Only its BCrypt hash is kept; the code itself is shown once (filing answer, page after filing).
ALTER TABLE casefile.case_file ADD COLUMN query_code_hash text;
ALTER TABLE casefile.case_file ADD COLUMN query_code_issued_at timestamptz;
