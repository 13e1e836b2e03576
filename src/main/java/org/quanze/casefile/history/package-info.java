/**
 * 历史案件导入 — loading past cases (a province-year at a time) from CSV: row rules, COPY staging, set-based upsert by
 * 案号, background jobs with progress, the API under /api/v1/imports and the page /cases/import.
 */
package org.quanze.casefile.history;
