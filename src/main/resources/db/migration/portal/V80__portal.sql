-- 审判流程公开 (issue 15): what the parties' portal shows and sends. Owned by disclosure's portal; it learns of a
-- case's steps from the trail events (shared.Recorded) published in the step's own transaction, and reads cases
-- only through casefile's API.
CREATE SCHEMA IF NOT EXISTS portal;

-- The steps a party may see, in Chinese, as they happened (never deliberation, interference, internal opinions).
CREATE TABLE portal.case_event (
    id          bigserial   PRIMARY KEY,
    case_number text        NOT NULL,
    court_id    bigint      NOT NULL,
    occurred_on date        NOT NULL,
    kind        text        NOT NULL,
    text        text        NOT NULL,
    recorded_at timestamptz NOT NULL
);
CREATE INDEX case_event_case_idx ON portal.case_event (case_number, id);

-- Cases open to query: a query code was issued (at filing or later).
CREATE TABLE portal.open_case (
    case_number text        PRIMARY KEY,
    court_id    bigint      NOT NULL,
    opened_at   timestamptz NOT NULL
);

-- Wrong query codes per case, whatever the source; at the limit the case's sign-in is locked until a new code.
CREATE TABLE portal.sign_in_guard (
    case_number text PRIMARY KEY,
    failures    int  NOT NULL DEFAULT 0 CHECK (failures >= 0)
);

-- Each view of a case by a party (counted for the transparency figures).
CREATE TABLE portal.case_query (
    id          bigserial   PRIMARY KEY,
    case_number text        NOT NULL,
    court_id    bigint      NOT NULL,
    queried_at  timestamptz NOT NULL
);
CREATE INDEX case_query_court_idx ON portal.case_query (court_id, queried_at);

-- A party's phone or e-mail for notices, recorded by the filing office; a party may opt out.
CREATE TABLE portal.contact (
    id          bigserial PRIMARY KEY,
    case_number text      NOT NULL,
    party_name  text      NOT NULL,
    channel     text      NOT NULL CHECK (channel IN ('SMS', 'EMAIL')),
    address     text      NOT NULL,
    opted_out   boolean   NOT NULL DEFAULT false,
    UNIQUE (case_number, party_name, channel)
);

-- The outbox: one notice per event, party and channel, written in the event's transaction. The sender claims rows
-- (PENDING → SENDING, committed) before sending, so a restart never sends one twice: a row left SENDING by a crash
-- becomes UNCERTAIN for a person to check, never sent again by itself.
CREATE TABLE portal.notice (
    id              bigserial   PRIMARY KEY,
    event_id        bigint      NOT NULL REFERENCES portal.case_event (id),
    contact_id      bigint      NOT NULL REFERENCES portal.contact (id),
    case_number     text        NOT NULL,
    court_id        bigint      NOT NULL,
    channel         text        NOT NULL CHECK (channel IN ('SMS', 'EMAIL')),
    address         text        NOT NULL,
    body            text        NOT NULL,
    status          text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'UNCERTAIN')),
    attempts        int         NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    claimed_at      timestamptz,
    sent_at         timestamptz,
    last_error      text,
    created_at      timestamptz NOT NULL,
    UNIQUE (event_id, contact_id)
);
CREATE INDEX notice_due_idx ON portal.notice (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX notice_court_idx ON portal.notice (court_id, created_at);

-- 开庭公告 and the live-stream list (审务公开): hearings as scheduled, with the case's cause (parties are not shown).
CREATE TABLE portal.hearing (
    id            bigserial   PRIMARY KEY,
    case_number   text        NOT NULL,
    court_id      bigint      NOT NULL,
    cause_name    text,
    scheduled_at  timestamptz NOT NULL,
    courtroom     text        NOT NULL,
    live_streamed boolean     NOT NULL,
    recorded_at   timestamptz NOT NULL
);
CREATE INDEX hearing_court_idx ON portal.hearing (court_id, scheduled_at);
