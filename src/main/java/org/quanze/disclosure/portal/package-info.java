/**
 * 审判流程公开 — process disclosure to parties (issue 15): the parties' portal (case number + query code, its own
 * filter chain and session), the steps of their case in Chinese, notices of each step by SMS and e-mail through an
 * outbox, and court-affairs disclosure (审务公开) on the public site.
 */
package org.quanze.disclosure.portal;
