-- 评查人才库: reviewers recommended by courts, with their specialties (case categories); a third-party reviewer
-- (external expert, 第三方评查人) signs in with an account his recommending court gave him and sees only anonymised
-- material. The office withdraws a reviewer (active = false) rather than deleting him: his past reviews keep his name.
CREATE TABLE review.reviewer (
    id             bigserial PRIMARY KEY,
    staff_id       bigint  NOT NULL UNIQUE,
    court_id       bigint  NOT NULL,
    specialties    text[]  NOT NULL CHECK (cardinality(specialties) > 0),
    third_party    boolean NOT NULL DEFAULT false,
    organisation   text,
    active         boolean NOT NULL DEFAULT true,
    recommended_on date    NOT NULL,
    version        int     NOT NULL DEFAULT 0,
    CHECK (NOT third_party OR organisation IS NOT NULL)
);
CREATE INDEX reviewer_court_idx ON review.reviewer (court_id);
-- open reviews per reviewer, for the balanced choice
CREATE INDEX review_open_reviewer_idx ON review.review (reviewer_staff_id) WHERE status = 'ASSIGNED';
