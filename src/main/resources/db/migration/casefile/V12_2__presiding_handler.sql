-- 审判长 who is also the handling judge (承办法官兼任审判长): the panel form named him, but a member has one role per
-- row and the handling judge's row stays HANDLING, so the presiding judge was silently dropped. The flag keeps it.
ALTER TABLE casefile.trial_member ADD COLUMN presiding boolean NOT NULL DEFAULT false;
UPDATE casefile.trial_member SET presiding = true WHERE role = 'PRESIDING';
