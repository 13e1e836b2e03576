package org.quanze.disclosure.facts;

/**
 * 审判流程公开事件 — the view {@link #VIEW} ({@code case_number, occurred_on, kind, detail}, portal migrations V81 and
 * V82): one row per event of the parties' portal on a case, dated in the courts' zone — those of quanze's own portal
 * and those a former portal recorded (imported, {@code portal.imported_event}). Kinds and details:
 * <ul>
 *   <li>{@code QUERY_OPENED} — the case opened to query (its first 查询码);</li>
 *   <li>{@code QUERY} — a party's view of the case;</li>
 *   <li>{@code NOTICE} — a notice put out to a party, detail {@code channel:status} ({@code SMS:SENT},
 *       {@code EMAIL:FAILED}, {@code SMS:UNCERTAIN} …);</li>
 *   <li>{@code HEARING} — a hearing announced (开庭公告), detail {@code LIVE} when streamed, else {@code NOT_LIVE}.</li>
 * </ul>
 */
public final class CaseEventFacts {

    public static final String VIEW = "portal.case_event_fact";

    private CaseEventFacts() {
    }
}
