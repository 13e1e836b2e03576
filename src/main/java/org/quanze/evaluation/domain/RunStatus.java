package org.quanze.evaluation.domain;

/**
 * 考核阶段 — the life of an evaluation run: computed (scores may be entered), published for review (公示: the person
 * evaluated may object, 法官法 第43条), locked into the 考核档案 (frozen). Stored by name in {@code evaluation.run.status}.
 */
public enum RunStatus {
    COMPUTED, PUBLISHED, LOCKED
}
