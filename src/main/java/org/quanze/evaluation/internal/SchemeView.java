package org.quanze.evaluation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.quanze.evaluation.SubjectKind;
import org.quanze.evaluation.domain.Grade;
import org.quanze.evaluation.domain.Scheme;
import org.quanze.evaluation.domain.ScoringRule;
import org.quanze.statistics.IndicatorDefinition;
import org.quanze.statistics.Indicators;

/**
 * A scheme version as the API and the pages show it: each item with its rule's type, parameters and wording; whether
 * it is its year's latest version and whether a locked run used the year (then {@code closed} says why it cannot be
 * edited); and whether the items' points fall short of or exceed the base.
 */
public record SchemeView(long id, SubjectKind kind, String kindLabel, int year, int version, String name,
        BigDecimal baseScore, BigDecimal startScore, BigDecimal maxBonus, Grade.Thresholds grades, String note,
        List<ItemView> items, boolean latest, String lockedRun, String closed, String imbalance) {

    public record ItemView(String code, String name, String measure, String measureLabel, String indicator,
            String indicatorName, BigDecimal points, String ruleType, String ruleTypeLabel, Map<String, Object> rule,
            String ruleText) {
    }

    static SchemeView of(Scheme s, int latestVersion, String lockedRun) {
        String closed = latestVersion != s.version() ? "已被第 " + latestVersion + " 版取代"
                : lockedRun != null ? "已用于已锁定归档的考核（" + lockedRun + "），不能再修改；如需调整，请复制为新年度方案" : null;
        List<ItemView> items = s.items().stream().map(i -> new ItemView(i.code(), i.name(), i.measure().name(),
                i.measure().label(), i.indicator(),
                i.indicator() == null ? null : Indicators.find(i.indicator()).map(IndicatorDefinition::chineseName).orElse(i.indicator()),
                i.points(), i.rule().type(), ScoringRule.TYPES.get(i.rule().type()), i.rule().parameters(),
                i.rule().describe(i.points()))).toList();
        return new SchemeView(s.id(), s.kind(), s.kind().label(), s.year(), s.version(), s.name(), s.baseScore(),
                s.startScore(), s.maxBonus(), s.grades(), s.note(), items, latestVersion == s.version(), lockedRun, closed,
                s.imbalance().orElse(null));
    }

    public boolean editable() {
        return closed == null;
    }

    public ItemView item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }
}
