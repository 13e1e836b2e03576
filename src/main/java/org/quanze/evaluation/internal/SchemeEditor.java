package org.quanze.evaluation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.evaluation.EvaluationRefusal;
import org.quanze.evaluation.domain.Measure;
import org.quanze.evaluation.domain.Scheme;
import org.quanze.organization.CourtView;
import org.quanze.organization.Organization;
import org.quanze.shared.CourtLevel;
import org.quanze.shared.Recorded;
import org.quanze.statistics.Base;
import org.quanze.statistics.IndicatorDefinition;
import org.quanze.statistics.Indicators;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 审管办 of the high court changes 考核方案: adds, changes or removes an item, or copies a scheme as next year's.
 * Every change stores a new version (the old one stays as the runs computed with it saw it) and is written to the trail.
 * <p>
 * Two guards. An edit names the version it was made on; if another version of the same year was stored meanwhile, it
 * is refused (409) rather than silently dropping the other's change. And once any run of a year has been locked into
 * the 考核档案, that year's rules are closed: an edit is refused and the office copies the scheme as a new year's.
 * A court office expects this — an evaluation is announced before the year it judges and is not changed after the
 * results are archived (不溯及既往); were a later version of the same year allowed, two courts of the same year
 * could be scored under different rules.
 */
@Service
public class SchemeEditor {

    /**
     * An item as the office enters it — form text or JSON values — checked by the scheme's rules.
     *
     * @param rule the rule's parameters by their stored names ({@code threshold}, {@code worst}, …)
     */
    public record ItemForm(String code, String name, String measure, String indicator, String points, String ruleType,
            Map<String, Object> rule) {
    }

    private final SchemeStore store;
    private final PowerGuard guard;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SchemeEditor(SchemeStore store, PowerGuard guard, Organization organization, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.guard = guard;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    /** The high court's 审管办 (or the administrator): schemes apply to every court. */
    public Actor requireOffice() {
        Actor actor = guard.require(Action.EDIT_POWER_LIST);
        if (actor.administrator()) return actor;
        Optional<CourtView> court = actor.courtId() == null ? Optional.empty() : organization.court(actor.courtId());
        if (court.isEmpty() || court.get().level() != CourtLevel.HIGH) throw EvaluationRefusal.notProvinceOffice();
        return actor;
    }

    /** Whether the signed-in person may edit schemes at all (for the pages). */
    public boolean mayEdit(Actor actor) {
        if (!guard.allows(actor, Action.EDIT_POWER_LIST, PowerContext.NONE)) return false;
        return actor.administrator() || actor.courtId() != null
                && organization.court(actor.courtId()).map(c -> c.level() == CourtLevel.HIGH).orElse(false);
    }

    /** Every scheme version, each kind's newest year and version first, as the pages and the API show them. */
    public List<SchemeView> views() {
        return store.all().stream().map(this::view).toList();
    }

    public SchemeView view(long id) {
        return view(store.get(id));
    }

    private SchemeView view(Scheme s) {
        return SchemeView.of(s, store.latestVersion(s.kind(), s.year()), store.lockedRun(s.kind(), s.year()).orElse(null));
    }

    @Transactional
    public Scheme add(long schemeId, int seenVersion, ItemForm form) {
        Actor actor = requireOffice();
        Scheme scheme = editable(schemeId, seenVersion);
        Scheme.Item item = item(form);
        Map<String, Object> changes = new LinkedHashMap<>(describe(item));
        return store(scheme, scheme.adding(item), actor, "EVALUATION_SCHEME_ITEM_ADDED", item.code(), changes);
    }

    @Transactional
    public Scheme change(long schemeId, int seenVersion, String code, ItemForm form) {
        Actor actor = requireOffice();
        Scheme scheme = editable(schemeId, seenVersion);
        Scheme.Item before = scheme.item(code);
        Scheme.Item after = item(form);
        Map<String, Object> old = describe(before);
        Map<String, Object> changes = new LinkedHashMap<>();
        describe(after).forEach((k, v) -> {
            if (!String.valueOf(v).equals(String.valueOf(old.get(k)))) changes.put(k, old.get(k) + " → " + v);
        });
        scheme.replacing(code, after);
        if (changes.isEmpty()) return scheme; // saved as it was: no new version, nothing to record
        return store(scheme, scheme.replacing(code, after), actor, "EVALUATION_SCHEME_ITEM_CHANGED", code, changes);
    }

    @Transactional
    public Scheme remove(long schemeId, int seenVersion, String code) {
        Actor actor = requireOffice();
        Scheme scheme = editable(schemeId, seenVersion);
        Map<String, Object> changes = new LinkedHashMap<>(describe(scheme.item(code)));
        return store(scheme, scheme.removing(code), actor, "EVALUATION_SCHEME_ITEM_REMOVED", code, changes);
    }

    /** 复制为新年度方案: version 1 of {@code year}, the items and grades as the copied version has them. */
    @Transactional
    public Scheme copy(long schemeId, int seenVersion, int year) {
        Actor actor = requireOffice();
        Scheme from = current(schemeId, seenVersion);
        int now = LocalDate.now(clock).getYear();
        if (year < 2000 || year > now + 10) throw EvaluationRefusal.invalidItem("year", "年度应在 2000 到 " + (now + 10) + " 之间：" + year);
        String kind = from.kind().label() + "考核方案";
        if (store.latestVersion(from.kind(), year) > 0) {
            throw EvaluationRefusal.yearTaken(kind, year, "该年度已有方案，请直接修改该年度方案");
        }
        long id;
        try {
            id = store.saveVersion(from, year, 1, from.grades(), from.items(), actor.username());
        } catch (DuplicateKeyException e) {
            throw EvaluationRefusal.yearTaken(kind, year, "该年度已有方案，请直接修改该年度方案");
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("from", key(from) + " v" + from.version());
        changes.put("version", 1);
        changes.put("items", from.items().size());
        events.publishEvent(Recorded.of("EVALUATION_SCHEME_COPIED", "EVALUATION_SCHEME", from.kind().name() + " " + year, changes));
        return store.get(id);
    }

    /** The version the person edited, if it is still the latest of its year. */
    private Scheme current(long schemeId, int seenVersion) {
        Scheme scheme = store.get(schemeId);
        int latest = store.latestVersion(scheme.kind(), scheme.year());
        if (scheme.version() != seenVersion || latest != seenVersion) {
            throw EvaluationRefusal.staleScheme(label(scheme), seenVersion, latest);
        }
        return scheme;
    }

    private Scheme editable(long schemeId, int seenVersion) {
        Scheme scheme = current(schemeId, seenVersion);
        store.lockedRun(scheme.kind(), scheme.year()).ifPresent(run -> {
            throw EvaluationRefusal.schemeLocked(label(scheme), run);
        });
        return scheme;
    }

    private Scheme store(Scheme scheme, List<Scheme.Item> items, Actor actor, String action, String code,
            Map<String, Object> changes) {
        int version = scheme.version() + 1;
        long id;
        try {
            id = store.saveVersion(scheme, scheme.year(), version, scheme.grades(), items, actor.username());
        } catch (DuplicateKeyException e) {
            // another office stored this very version between our check and our insert (the failed insert has aborted
            // the transaction, so nothing more is asked of the database)
            throw EvaluationRefusal.staleScheme(label(scheme), scheme.version(), version);
        }
        Map<String, Object> recorded = new LinkedHashMap<>();
        recorded.put("version", scheme.version() + " → " + version);
        recorded.put("item", code);
        recorded.putAll(changes);
        events.publishEvent(Recorded.of(action, "EVALUATION_SCHEME", key(scheme), recorded));
        return store.get(id);
    }

    /** The office's entry as an item, with the measure and indicator checked against the statistics catalogue. */
    private static Scheme.Item item(ItemForm form) {
        Measure measure;
        try {
            measure = Measure.valueOf(blankToNull(form.measure()) == null ? "" : form.measure().strip());
        } catch (IllegalArgumentException e) {
            throw EvaluationRefusal.invalidItem("measure", "请选择考核指标");
        }
        String indicator = blankToNull(form.indicator());
        if (indicator != null) {
            IndicatorDefinition d = Indicators.find(indicator)
                    .orElseThrow(() -> EvaluationRefusal.invalidItem("indicator", "统计指标不存在：" + form.indicator()));
            if (measure == Measure.COURT_INDICATOR_MISSING && d.base() != Base.CASES) {
                throw EvaluationRefusal.invalidItem("indicator", "「" + d.chineseName() + "」不是比率，没有未达成的案件可计");
            }
        }
        BigDecimal points;
        try {
            points = new BigDecimal(blankToNull(form.points()) == null ? "" : form.points().strip());
        } catch (NumberFormatException e) {
            throw EvaluationRefusal.invalidItem("points", "满分应为数值：" + (form.points() == null ? "" : form.points()));
        }
        String code = form.code() == null ? null : form.code().strip();
        String name = form.name() == null ? null : form.name().strip();
        return Scheme.Item.of(code, name, measure, indicator, points, blankToNull(form.ruleType()),
                form.rule() == null ? Map.of() : form.rule());
    }

    private static Map<String, Object> describe(Scheme.Item item) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", item.name());
        m.put("measure", item.measure().name());
        m.put("indicator", item.indicator() == null ? "" : item.indicator());
        m.put("points", item.points().stripTrailingZeros().toPlainString());
        m.put("rule", item.rule().type() + " " + item.rule().parameters());
        return m;
    }

    private static String key(Scheme s) {
        return s.kind().name() + " " + s.year();
    }

    static String label(Scheme s) {
        return s.kind().label() + "考核方案（" + s.year() + "年度）";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
