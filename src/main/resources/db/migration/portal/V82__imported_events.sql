-- 审判流程公开的历史记录 (issue 15): a court moving to quanze brings what its former portal recorded — cases opened to
-- query, parties' queries, notices sent, hearings announced — so that the transparency figures have last year to be
-- compared with (同比), as the case history import brings the cases. Kept apart from the live tables (an imported
-- notice has no outbox row); the events view counts both. One row may stand for several events of a day (count).
CREATE TABLE portal.imported_event (
    id          bigserial PRIMARY KEY,
    case_number text      NOT NULL,
    occurred_on date      NOT NULL,
    kind        text      NOT NULL CHECK (kind IN ('QUERY_OPENED', 'QUERY', 'NOTICE', 'HEARING')),
    detail      text,
    count       int       NOT NULL DEFAULT 1 CHECK (count >= 1),
    CHECK (kind <> 'QUERY_OPENED' OR count = 1)
);
CREATE INDEX imported_event_case_idx ON portal.imported_event (case_number);

CREATE OR REPLACE VIEW portal.case_event_fact AS
SELECT case_number, (opened_at AT TIME ZONE '${zone}')::date AS occurred_on, 'QUERY_OPENED'::text AS kind, NULL::text AS detail
FROM portal.open_case
UNION ALL
SELECT case_number, (queried_at AT TIME ZONE '${zone}')::date, 'QUERY', NULL FROM portal.case_query
UNION ALL
SELECT case_number, (created_at AT TIME ZONE '${zone}')::date, 'NOTICE', channel || ':' || status FROM portal.notice
UNION ALL
SELECT case_number, (scheduled_at AT TIME ZONE '${zone}')::date, 'HEARING', CASE WHEN live_streamed THEN 'LIVE' ELSE 'NOT_LIVE' END
FROM portal.hearing
UNION ALL
SELECT i.case_number, i.occurred_on, i.kind, i.detail FROM portal.imported_event i CROSS JOIN LATERAL generate_series(1, i.count);
