/** The rules of deliberation as named objects: quorums, majorities, who may vote, and that advice never decides. */
package org.quanze.deliberation.domain;
