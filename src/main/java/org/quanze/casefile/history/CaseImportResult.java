package org.quanze.casefile.history;

import java.util.List;

/**
 * 历史案件导入结果 — what an all-or-nothing history import stored.
 *
 * @param rows               data rows read
 * @param created            cases new to quanze
 * @param updated            previously imported cases whose facts changed
 * @param unchanged          rows identical to what is stored (a re-import of the same file: all of them)
 * @param computedDeadlines  rows without deadline_on whose 审限 was computed from the statutory rule
 * @param unmatchedCauses    rows whose cause is not in the 案由 catalogue (stored by name, without a code)
 * @param unmatchedCauseNames up to 20 of those names, to help map older 案由 names later
 * @param ignoredColumns     columns of the file the format does not know (reported, not read)
 * @param millis             wall time of the import
 */
public record CaseImportResult(int rows, int created, int updated, int unchanged, int computedDeadlines,
                               int unmatchedCauses, List<String> unmatchedCauseNames, List<String> ignoredColumns,
                               long millis) {
}
