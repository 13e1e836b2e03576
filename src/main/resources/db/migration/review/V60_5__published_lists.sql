-- 优秀案件、好文书、差文书名单: the office publishes concluded reviews on its court's lists (rules L1–L3 in
-- PublishedList); staff of that court and the courts under it read them.
CREATE TABLE review.list_entry (
    id            bigserial PRIMARY KEY,
    list          text   NOT NULL CHECK (list IN ('EXCELLENT_CASE', 'GOOD_DOCUMENT', 'POOR_DOCUMENT')),
    review_id     bigint NOT NULL REFERENCES review.review (id),
    case_number   text   NOT NULL,
    case_court_id bigint NOT NULL,
    court_id      bigint NOT NULL,
    note          text   NOT NULL,
    published_on  date   NOT NULL,
    published_by  text   NOT NULL,
    UNIQUE (list, review_id)
);
CREATE INDEX list_entry_court_idx ON review.list_entry (court_id, published_on);
