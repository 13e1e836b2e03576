/** Review's rules as named objects: result derivation, reviewer conflicts, two-way direction; the kinds and codes. */
package org.quanze.review.domain;
