/**
 * 案由 / 罪名 catalogue: the tree of causes of action and criminal charges, loaded from
 * {@code casefile/causes.csv}; see {@link org.quanze.casefile.domain.cause.CauseCatalogue}
 * for sources and the code scheme.
 */
package org.quanze.casefile.domain.cause;
