-- 专项评查 and 上网裁判文书评查 as tasks: an upper court sets the scope (its courts, case type, cause, closing period,
-- upper-court outcome, published judgments only), a sample (per court or in all; 0 = every case) and a deadline;
-- the sampled cases are enrolled as reviews of the task.
CREATE TABLE review.task (
    id            bigserial PRIMARY KEY,
    kind          text        NOT NULL CHECK (kind IN ('SPECIAL', 'DOCUMENT')),
    title         text        NOT NULL,
    court_id      bigint      NOT NULL,
    set_by_court  bigint      NOT NULL,
    criteria      text        NOT NULL,
    sample        int         NOT NULL CHECK (sample >= 0),
    per_court     boolean     NOT NULL,
    self_or_cross text        CHECK (self_or_cross IN ('SELF', 'CROSS')),
    deadline      date        NOT NULL,
    created_by    text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE review.review ADD COLUMN task_id bigint REFERENCES review.task (id);
CREATE INDEX review_task_idx ON review.review (task_id) WHERE task_id IS NOT NULL;
