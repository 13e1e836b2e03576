package org.quanze.casefile;

import java.util.Map;
import java.util.Optional;
import org.quanze.authority.PowerContext;
import org.quanze.casefile.history.CaseImport;
import org.quanze.casefile.internal.CaseNotFound;
import org.quanze.casefile.internal.CaseStore;
import org.quanze.shared.Recorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the case file: find a case, its power context, record a committee decision and the
 * publication state of its judgment.
 */
@Service
public class CaseFiles {

    private final CaseStore store;
    private final ApplicationEventPublisher events;
    private final CaseImport history;

    CaseFiles(CaseStore store, ApplicationEventPublisher events, CaseImport history) {
        this.store = store;
        this.events = events;
        this.history = history;
    }

    /**
     * Loads a history-import file as the system (the demo province on first start); people go through the
     * power-checked import page and API. Returns the number of rows stored.
     */
    public long loadHistory(byte[] csv, String fileName) {
        return history.run(csv, fileName, org.quanze.authority.DataScope.ALL, CaseImport.Progress.NONE).rows();
    }

    public Optional<CaseView> find(String caseNumber) {
        return store.find(caseNumber);
    }

    /** The facts the power list needs to decide on an action on this case. */
    public static PowerContext powerContext(CaseView c) {
        return PowerContext.ofCase(c.courtId(), c.departmentId(), c.handlerId(), c.trialOrganisationIds(),
                c.committeeDecided());
    }

    /**
     * 审判委员会讨论决定 — the adjudication committee decided the case; its decision binds the trial organisation
     * (人民法院组织法 第39条) and the president may then sign the judgment (power list G-08).
     */
    @Transactional
    public void recordCommitteeDecision(String caseNumber, String meetingReference) {
        CaseView c = store.get(caseNumber);
        store.jdbc().sql("UPDATE casefile.case_file SET committee_decided = true, version = version + 1 WHERE id = ?")
                .param(c.id()).update();
        events.publishEvent(Recorded.onCase("COMMITTEE_DECIDED", caseNumber, Map.of("meeting", meetingReference)));
    }

    /** 文书上网状态 as the case facts hold it (statistics' 文书上网率 and 双百完成率, review's routine checks read it). */
    public enum Publication {
        /** 已上网公开 (法释〔2016〕19号 第3条). */
        PUBLISHED,
        /** 不公开，已公示 (第4条, 第6条). */
        ANNOUNCED,
        /** 未处理: no decision yet, a proposal awaiting approval, or withdrawn (第16条). */
        PENDING
    }

    /**
     * Records the publication state of the case's document, in the caller's transaction (disclosure, on every change
     * of a document's state). A derived fact, like the import's: it does not move the case's version, so a judge
     * editing the case is not refused for it; disclosure keeps the trail of the change.
     */
    @Transactional
    public void recordPublication(String caseNumber, Publication state) {
        int updated = store.jdbc().sql("UPDATE casefile.case_file SET judgment_published = ? WHERE case_number = ?")
                .params(state.name(), caseNumber).update();
        if (updated != 1) throw CaseNotFound.forNumber(caseNumber);
    }
}
