package org.quanze.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.quanze.authority.DataScope;
import org.quanze.disclosure.internal.DoubleHundredCheck;
import org.quanze.disclosure.portal.PortalHistoryImport;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of judgment publication. {@link #missingDisclosure} is the corrected base of the
 * evaluation's 未公开 deduction: only cases whose required disclosure is missing, never a document lawfully withheld
 * with its notice (法释〔2016〕19号 第4条, 第6条). Changes are announced by {@link PublicationChanged}.
 */
@Service
public class Disclosures {

    private final DoubleHundredCheck check;
    private final PortalHistoryImport portalHistory;

    Disclosures(DoubleHundredCheck check, PortalHistoryImport portalHistory) {
        this.check = check;
        this.portalHistory = portalHistory;
    }

    /**
     * Loads a former portal's record (审判流程公开历史, {@link PortalHistoryImport}'s format) as the system — the demo
     * province's; people go through the power-checked import API. Returns the events stored.
     */
    public long loadPortalHistory(byte[] csv, String fileName) {
        return portalHistory.load(csv, fileName, DataScope.ALL).events();
    }

    /** The 双百 base of a period: the effective documents' cases and those of them whose disclosure is missing. */
    public record Disclosure(List<String> effective, List<String> missing) {
    }

    /** {@link #missingDisclosure} with the cases it is counted among (for an evaluation item's drill-down). */
    public Disclosure check(Set<Long> courtIds, LocalDate from, LocalDate to) {
        return check.disclosure(courtIds, from, to);
    }

    /**
     * The case numbers of these courts' cases closed by judgment in [from, to] that are neither published nor withheld
     * with a notice (双百 核查 NEITHER). The caller has checked its own reader's scope.
     */
    public List<String> missingDisclosure(Set<Long> courtIds, LocalDate from, LocalDate to) {
        return check.missing(courtIds, from, to);
    }
}
