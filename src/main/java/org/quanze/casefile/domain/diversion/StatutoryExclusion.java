package org.quanze.casefile.domain.diversion;

/**
 * A statutory rule that takes a case out of a simplified procedure, e.g.
 * 民诉解释 第257条 (no 简易程序) or 民诉法 第166条 (no 小额诉讼程序). Unlike a
 * {@link ComplexityRule} it is law, not configuration, so it is code with its article.
 *
 * @param <F> the facts it is judged on
 */
public interface StatutoryExclusion<F> {

    /** Stable rule code, e.g. {@code CPLI-257-1}. */
    String code();

    /** The article and item, e.g. 民诉解释(2022) 第257条第(一)项. */
    String article();

    /** The statute's wording of the item. */
    String description();

    boolean appliesTo(F facts);

    default DiversionReason toReason() {
        return new DiversionReason(code(), article(), description());
    }
}
