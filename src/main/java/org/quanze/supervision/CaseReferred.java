package org.quanze.supervision;

/**
 * A court leader referred a four-kinds case (四类案件) to a professional judges' meeting or to the adjudication
 * committee (法发〔2015〕13号 第24条: leaders may not change the panel's decision but may refer it). Handled in the same
 * transaction by the deliberation module, which puts the case before that body: a referral that cannot be submitted
 * is not recorded either.
 */
public record CaseReferred(String caseNumber, boolean toCommittee, String report) {
}
