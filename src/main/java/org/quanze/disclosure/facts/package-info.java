/**
 * 公开事实 — what disclosure publishes for reading set-based: the portal's events on cases (a case opened to query, a
 * party's query, a notice, an announced hearing). Read only through this named interface, declared as
 * {@code "disclosure :: facts"} in a reader's {@code allowedDependencies}.
 */
@org.springframework.modulith.NamedInterface("facts")
package org.quanze.disclosure.facts;
