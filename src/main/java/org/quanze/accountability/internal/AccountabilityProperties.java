package org.quanze.accountability.internal;

import java.util.Map;
import org.quanze.accountability.domain.Stage;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code quanze.accountability.*} — the periods the sources leave open [U] (RULES.md: 意见 第34–37条 text not found;
 * 法官惩戒工作程序规定 2021 known from a summary), so configuration, never constants.
 *
 * @param objectionDays days after service of the finding within which the judge may object (法官法 第50条; period [U])
 * @param stepDays      days a proceeding may stay in a stage before it shows as overdue on the office's workbench
 */
@ConfigurationProperties("quanze.accountability")
public record AccountabilityProperties(Integer objectionDays, Map<Stage, Integer> stepDays) {

    public AccountabilityProperties {
        objectionDays = objectionDays == null ? 30 : objectionDays;
        stepDays = stepDays == null ? Map.of() : Map.copyOf(stepDays);
    }

    /** Days allowed in a stage; 30 when not configured. */
    public int daysFor(Stage stage) {
        return stepDays.getOrDefault(stage, 30);
    }
}
