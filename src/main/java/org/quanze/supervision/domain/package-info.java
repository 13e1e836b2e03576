/** Supervision rules as named objects: the four kinds, who may flag, what leaders may do, routing, recorder protection. */
package org.quanze.supervision.domain;
