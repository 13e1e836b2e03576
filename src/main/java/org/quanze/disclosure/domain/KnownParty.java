package org.quanze.disclosure.domain;

/**
 * A party the platform already knows (from the case file), used besides what the text itself shows.
 *
 * @param name  the name as written in the judgment
 * @param role  the procedural role in Chinese (原告, 被告人, 被害人, 证人, 法定代理人, …)
 * @param organisation a legal person or other organisation (法人或者其他组织) rather than a natural person
 */
public record KnownParty(String name, String role, boolean organisation) {}
