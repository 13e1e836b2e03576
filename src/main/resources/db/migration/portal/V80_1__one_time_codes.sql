-- 短信验证码 (issue 15): a party whose phone is recorded for the case may sign in with a one-time code sent to it
-- instead of the query code. Kept as a hash, valid for minutes, used once; wrong ones count towards the case's lock.
CREATE TABLE portal.one_time_code (
    id          bigserial   PRIMARY KEY,
    case_number text        NOT NULL,
    phone       text        NOT NULL,
    code_hash   text        NOT NULL,
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX one_time_code_case_idx ON portal.one_time_code (case_number, expires_at);
