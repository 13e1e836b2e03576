/** The proceeding aggregate and the named rules it checks; no Spring, no SQL. */
package org.quanze.accountability.domain;
