package org.quanze.organization;

import java.util.List;

/**
 * What an all-or-nothing import stored: rows read, records created and updated, rows already up to date, and the
 * columns of the file that the import does not know (reported, not read).
 */
public record ImportResult(int rows, int created, int updated, int unchanged, List<String> ignoredColumns) {
}
