/**
 * 繁简分流 (simple/complex case diversion) and 小额诉讼 eligibility: pure domain rules.
 * Statutory exclusions are code ({@link org.quanze.casefile.domain.diversion.StatutoryExclusion}
 * implementations, one constant per article item); court-specific criteria are data
 * ({@link org.quanze.casefile.domain.diversion.ComplexityRule}); amounts that statutes tie to
 * published statistics are configuration ({@link org.quanze.casefile.domain.diversion.SmallClaimsThreshold}).
 */
package org.quanze.casefile.domain.diversion;
