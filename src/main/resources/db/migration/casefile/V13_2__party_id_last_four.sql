-- 公民身份号码: the masked form kept the address code and the last four characters (ten in all); with a published birth
-- date and county (法释〔2016〕19号 第11条) that gives the number back. Keep only the last four (ResidentId.masked).
UPDATE casefile.party SET id_masked = repeat('*', length(id_masked) - 4) || right(id_masked, 4)
WHERE id_masked IS NOT NULL AND id_masked ~ '[0-9]{6}\*';
