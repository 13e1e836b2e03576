-- 审判流程公开的事件 (issue 15, item 4): what the portal did on a case, one row per event, dated in the courts' zone
-- (quanze.zone, bound as the Flyway placeholder ${zone} when the view is created). The statistics catalogue counts
-- these rows by the case's court, department, handler, type and procedure (named interface disclosure :: facts), and
-- the public court-affairs page counts the same rows: one definition of each figure.
--   QUERY_OPENED  the case was opened to query (its first query code)
--   QUERY         a party viewed the case
--   NOTICE        a notice to a party; detail = channel:status (SMS:SENT, EMAIL:FAILED …), dated when it was put out
--   HEARING       a hearing as announced (开庭公告); detail = LIVE when it is streamed, else NOT_LIVE
CREATE VIEW portal.case_event_fact AS
SELECT case_number, (opened_at AT TIME ZONE '${zone}')::date AS occurred_on, 'QUERY_OPENED'::text AS kind, NULL::text AS detail
FROM portal.open_case
UNION ALL
SELECT case_number, (queried_at AT TIME ZONE '${zone}')::date, 'QUERY', NULL FROM portal.case_query
UNION ALL
SELECT case_number, (created_at AT TIME ZONE '${zone}')::date, 'NOTICE', channel || ':' || status FROM portal.notice
UNION ALL
SELECT case_number, (scheduled_at AT TIME ZONE '${zone}')::date, 'HEARING', CASE WHEN live_streamed THEN 'LIVE' ELSE 'NOT_LIVE' END
FROM portal.hearing;
