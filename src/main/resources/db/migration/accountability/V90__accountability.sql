-- 审判责任认定与追究 (issue 16): clues, proceedings and the suspensions from duty the power list consults.
CREATE SCHEMA IF NOT EXISTS accountability;

-- 线索 with its preliminary review (初核). A clue opens nothing by itself.
CREATE TABLE accountability.clue (
    id             bigserial PRIMARY KEY,
    court_id       bigint      NOT NULL,
    case_number    text        NOT NULL,
    source         text        NOT NULL CHECK (source IN ('REVIEW', 'ANALYSIS_REPORT', 'COMPLAINT', 'SUPERVISION')),
    description    text        NOT NULL,
    recorded_by    text        NOT NULL,
    recorded_at    timestamptz NOT NULL,
    review_proceed boolean,
    review_reasons text,
    review_by      text,
    review_at      timestamptz,
    version        int         NOT NULL DEFAULT 0
);
CREATE INDEX clue_court_idx ON accountability.clue (court_id, recorded_at);

-- A proceeding: the aggregate's state as a document, with the columns the lists, the circle and the statistics ask.
CREATE TABLE accountability.proceeding (
    id                   bigserial PRIMARY KEY,
    court_id             bigint      NOT NULL,
    clue_id              bigint      NOT NULL REFERENCES accountability.clue (id),
    case_number          text        NOT NULL,
    stage                text        NOT NULL,
    finding              text,
    opened_at            timestamptz NOT NULL,
    stage_since          timestamptz NOT NULL,
    subject_ids          bigint[]    NOT NULL,
    member_ids           bigint[]    NOT NULL DEFAULT '{}',
    consequences         text[]      NOT NULL DEFAULT '{}',
    clearing_request_ids bigint[]    NOT NULL DEFAULT '{}',
    state                jsonb       NOT NULL,
    version              int         NOT NULL DEFAULT 0
);
CREATE INDEX proceeding_court_idx ON accountability.proceeding (court_id, opened_at);
CREATE INDEX proceeding_subjects_idx ON accountability.proceeding USING gin (subject_ids);
CREATE INDEX proceeding_members_idx ON accountability.proceeding USING gin (member_ids);

-- 暂停履行职务 (法官法 第47条) and 停职: rewritten from the proceeding with every change; to_date NULL while it lasts.
CREATE TABLE accountability.duty_suspension (
    proceeding_id bigint NOT NULL REFERENCES accountability.proceeding (id),
    staff_id      bigint NOT NULL,
    from_date     date   NOT NULL,
    to_date       date,
    reasons       text   NOT NULL,
    PRIMARY KEY (proceeding_id, staff_id, from_date)
);
CREATE INDEX duty_suspension_staff_idx ON accountability.duty_suspension (staff_id);
