-- 签署裁判文书: on a panel every member signs, 承办法官 first and 审判长 last; the judgment is signed
-- (case_file.judgment_signed_on) with the last signature. One row per signature, in the order given.
CREATE TABLE casefile.judgment_signature (
    id        bigserial PRIMARY KEY,
    case_id   bigint      NOT NULL REFERENCES casefile.case_file (id),
    staff_id  bigint      NOT NULL,
    signed_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (case_id, staff_id)
);

-- 回避 (民事诉讼法 第47–50条; 刑事诉讼法 第29–32条): a person withdrawn from a case, with the reason and who decided;
-- he or she may no longer sit on the case's trial organisation.
CREATE TABLE casefile.recusal (
    id         bigserial PRIMARY KEY,
    case_id    bigint      NOT NULL REFERENCES casefile.case_file (id),
    staff_id   bigint      NOT NULL,
    reason     text        NOT NULL,
    decided_by bigint,
    at         timestamptz NOT NULL DEFAULT now(),
    UNIQUE (case_id, staff_id)
);

-- 行政诉讼法 第82条第2款: simple procedure outside 第1款 needs every party's consent, recorded with the change.
ALTER TABLE casefile.case_file ADD COLUMN simple_procedure_consent boolean NOT NULL DEFAULT false;

-- Where the statute names the president (本院院长) to approve an extension, a vice-president approves only under the
-- president's delegation, on record here with its reason and period (to_date null: until revoked).
CREATE TABLE casefile.approval_delegation (
    id         bigserial PRIMARY KEY,
    court_id   bigint NOT NULL,
    staff_id   bigint NOT NULL,
    granted_by bigint,
    reason     text   NOT NULL,
    from_date  date   NOT NULL,
    to_date    date,
    CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX approval_delegation_court_idx ON casefile.approval_delegation (court_id, staff_id);
