package org.quanze.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A section another module adds to the situation-analysis page (态势分析) from figures it owns, not from the case
 * facts — e.g. disclosure's transparency figures of 审判流程公开 (issue 15). Statistics knows only this interface; the
 * module implementing it depends on statistics, never the other way round.
 */
public interface SituationSection {

    /** Message key of the section's heading. */
    String titleKey();

    /** The figures of the scope's courts over the period (both days included), each with its label's message key. */
    List<Line> lines(Set<Long> courtIds, LocalDate from, LocalDate to);

    /** One figure: the message key of its label, its arguments, and the value as shown. */
    record Line(String labelKey, List<String> labelArgs, String value) {
    }
}
