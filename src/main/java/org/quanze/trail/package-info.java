/**
 * 全程留痕 — the tamper-evident trail. Every {@link org.quanze.shared.Recorded} change is written, in the same
 * transaction, as an append-only event hash-chained (SHA-256) to the one before it; the database refuses UPDATE and
 * DELETE; signed checkpoints kept outside the database anchor the chain; a verification walks the chain and names the
 * first broken link and the first contradicted checkpoint. Reads are scoped by court and by each module's
 * {@link org.quanze.trail.TrailVisibility}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "authority", "organization"})
package org.quanze.trail;
