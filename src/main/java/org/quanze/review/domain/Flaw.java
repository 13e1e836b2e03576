package org.quanze.review.domain;

/** 评查瑕疵 — one entry of the flaw catalogue (data, table review.flaw): code, dimension, description, severity, points. */
public record Flaw(String code, Dimension dimension, String description, Severity severity, int points) {
}
