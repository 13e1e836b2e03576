package org.quanze.authority;

import org.quanze.shared.DomainException;

/** 403: the power list refused; the message names the rule (its code and text) that refused. */
public class PowerDenied extends DomainException {

    private final String ruleCode;

    PowerDenied(Action action, String ruleCode, String ruleText) {
        super(403, "power.denied", "权力清单不允许「" + action.label() + "」：" + ruleCode + " " + ruleText,
                action.label(), ruleCode, ruleText);
        this.ruleCode = ruleCode;
    }

    public String ruleCode() { return ruleCode; }
}
