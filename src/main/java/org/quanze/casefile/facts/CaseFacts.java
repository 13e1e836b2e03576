package org.quanze.casefile.facts;

/**
 * The published case facts, by their qualified names for SQL. {@link #VIEW} has one row per case: {@code id,
 * case_number, court_id, court_code, department_id, case_type, category, procedure, track, cause_code, claim_amount,
 * filed_on, closed_on, close_method, archived_on, deadline_on, suspended_days, extended, handler_id, tried_by, appealed,
 * upper_outcome, original_case_number, hearing_live_streamed, judgment_published, committee_decided,
 * closed_within_deadline, weight, retrial_applied, appeal_on, transferred_on, review_result} (migrations V10–V13 of
 * casefile). Columns are only ever added, so readers name the columns they use.
 */
public final class CaseFacts {

    /** The view of the case facts. */
    public static final String VIEW = "casefile.case_fact";

    /** Which cases changed, by transaction (V13), for readers that keep the facts in memory. */
    public static final String CHANGES = "casefile.case_fact_change";

    private CaseFacts() {
    }
}
