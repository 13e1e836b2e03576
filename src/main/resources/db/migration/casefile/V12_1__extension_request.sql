-- 延长审限申请: the handling judge asks before the deadline; the approver the law names for the next extension
-- (民事诉讼法 第152条: 本院院长, then the court above) approves or refuses with a reason. An approval also writes the
-- extension itself (casefile.extension), which is what the deadline is computed from.
CREATE TABLE casefile.extension_request (
    id              bigserial PRIMARY KEY,
    case_id         bigint      NOT NULL REFERENCES casefile.case_file (id),
    approver        text        NOT NULL,
    requested_by    bigint,
    months          int         NOT NULL DEFAULT 0,
    days            int         NOT NULL DEFAULT 0,
    reason          text        NOT NULL,
    deadline_before date        NOT NULL,
    requested_at    timestamptz NOT NULL,
    decision        text CHECK (decision IN ('APPROVED', 'REFUSED')),
    decided_by      bigint,
    decision_reason text,
    decided_at      timestamptz,
    CHECK (months >= 0 AND days >= 0 AND months + days > 0)
);
-- at most one request waiting per case
CREATE UNIQUE INDEX extension_request_pending ON casefile.extension_request (case_id) WHERE decision IS NULL;
CREATE INDEX extension_request_requester ON casefile.extension_request (requested_by, decided_at);
