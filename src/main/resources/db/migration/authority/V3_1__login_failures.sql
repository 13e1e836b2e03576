-- Failed sign-ins counted per account AND source address (issue 10): one address guessing a name's password locks
-- that name for that address only, with a lock that doubles with each further failure; nobody can lock a person out
-- from everywhere. The account's own counter (failed_attempts, locked_until) is no longer used.
CREATE TABLE authority.login_failure (
    username     text        NOT NULL,
    source       text        NOT NULL,
    failures     integer     NOT NULL DEFAULT 0,
    locked_until timestamptz,
    last_at      timestamptz NOT NULL,
    PRIMARY KEY (username, source)
);
