/**
 * 案件评查 — case quality review: routine, key (重点: every 发改指 case, enrolled when the higher court's outcome is
 * recorded), special and published-document review; one table and one report per case (一表一报告) by dimension with
 * a flaw catalogue as data; reviewer conflicts as named rules; the analysis report (评析报告), two-way review (双向评查)
 * and disputes taken to the adjudication committee; the review tables of the paper (图表 3.1, 3.2); the ledger import.
 * Results reach evaluation through {@link org.quanze.review.Reviews} and {@link org.quanze.review.ReviewConcluded}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "authority", "organization", "casefile", "deliberation"})
package org.quanze.review;
