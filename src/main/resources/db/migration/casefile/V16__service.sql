-- 送达 (民事诉讼法 第87–95条): each court document served, on whom, how, the date the record bears and the day it counts
-- as served (公告送达: thirty days after publication, 第95条). Parties follow it on the portal (审判流程公开).
CREATE TABLE casefile.service (
    id          bigserial PRIMARY KEY,
    case_id     bigint      NOT NULL REFERENCES casefile.case_file (id),
    document    text        NOT NULL,
    addressee   text        NOT NULL,
    method      text        NOT NULL,
    recorded_on date        NOT NULL,
    served_on   date        NOT NULL,
    note        text        NOT NULL DEFAULT '',
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX service_case_idx ON casefile.service (case_id);
