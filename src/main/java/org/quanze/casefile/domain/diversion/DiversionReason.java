package org.quanze.casefile.domain.diversion;

import java.util.Objects;

/**
 * One reason behind a diversion or small-claims decision, shown to the 程序分流员 and
 * kept in the case trail so the decision can be checked later.
 *
 * @param code        stable rule code, e.g. {@code CPLI-257-1} or a complexity rule's code
 * @param basis       the article or rule it rests on, e.g. 民诉解释(2022) 第257条第(一)项
 * @param description what was found, in Chinese
 */
public record DiversionReason(String code, String basis, String description) {

    public DiversionReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(description, "description");
    }
}
