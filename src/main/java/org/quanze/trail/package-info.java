/**
 * 全程留痕 — the tamper-evident trail. Every {@link org.quanze.shared.Recorded} change is written, in the same
 * transaction, as an append-only event hash-chained (SHA-256) to the one before it; the database refuses UPDATE and
 * DELETE; a verification walks the chain and names the first broken link.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "authority"})
package org.quanze.trail;
