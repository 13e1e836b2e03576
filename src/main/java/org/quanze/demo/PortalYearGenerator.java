package org.quanze.demo;

import java.time.LocalDate;
import java.util.Random;

/**
 * 审判流程公开的演示历史 — for a year of generated cases ({@link CaseYearGenerator}'s CSV), what a court's former
 * portal would have recorded, in the portal history import's format, in the proportions the paper gives for Jilin
 * 2017 (386,545 cases opened to query, 29,727 of them queried 83,884 times — 7.69% — and 22,357 SMS pushed): most
 * cases opened to query on filing, about one in thirteen queried a few times while pending, about one in sixteen
 * notified by SMS at filing and closing (a few failing), a few by e-mail, and a hearing for every litigation case,
 * streamed live where the case row says so. Every event lies before {@code today}. Deterministic per case number.
 */
final class PortalYearGenerator {

    static final String HEADER = "case_number,kind,occurred_on,channel,status,live_streamed,count";

    private PortalYearGenerator() {
    }

    /** The events of the cases in a history-import CSV (as {@link CaseYearGenerator} writes it), as CSV. */
    static String write(String casesCsv, LocalDate today) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        String[] lines = casesCsv.split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            String[] f = lines[i].split(",", -1);
            events(f[0], f[2], LocalDate.parse(f[6]), f[7].isEmpty() ? null : LocalDate.parse(f[7]), "Y".equals(f[16]), today, out);
        }
        return out.toString();
    }

    private static void events(String number, String type, LocalDate filed, LocalDate closed, boolean live, LocalDate today,
            StringBuilder out) {
        LocalDate last = today.minusDays(1);
        if (filed.isAfter(last)) return;
        // the case's own draws: the same case number always gives the same history
        Random r = new Random(number.hashCode());
        LocalDate end = closed == null || closed.isAfter(last) ? last : closed;
        if (r.nextInt(100) < 85) {
            row(out, number, "公开查询", filed, "", "", "", 1);
            if (r.nextInt(1000) < 77) {
                long span = Math.max(0, end.toEpochDay() - filed.toEpochDay());
                int days = 1 + r.nextInt(2);
                for (int d = 0; d < days; d++) {
                    row(out, number, "查询", filed.plusDays(span == 0 ? 0 : r.nextLong(span + 1)), "", "", "", 1 + r.nextInt(3));
                }
            }
            if (r.nextInt(100) < 6) {
                row(out, number, "通知", filed, "短信", r.nextInt(50) == 0 ? "失败" : "已发送", "", 1);
                if (closed != null && !closed.isAfter(last)) row(out, number, "通知", closed, "短信", "已发送", "", 1);
            } else if (r.nextInt(100) < 2) {
                row(out, number, "通知", filed, "邮件", "已发送", "", 1);
            }
        }
        // enforcement has no trial; a hearing some weeks after filing, if that day has come and the case was still open
        LocalDate hearing = filed.plusDays(20 + r.nextInt(21));
        if (!type.startsWith("执") && !hearing.isAfter(end)) row(out, number, "开庭", hearing, "", "", live ? "是" : "否", 1);
    }

    private static void row(StringBuilder out, String number, String kind, LocalDate on, String channel, String status,
            String live, int count) {
        out.append(number).append(',').append(kind).append(',').append(on).append(',').append(channel).append(',')
                .append(status).append(',').append(live).append(',').append(count == 1 ? "" : String.valueOf(count)).append('\n');
    }
}
