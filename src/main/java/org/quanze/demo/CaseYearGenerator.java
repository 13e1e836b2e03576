package org.quanze.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * 省级年度案件样本 — writes a deterministic year of cases in the history-import format (Jilin 2017 accepted 453,780
 * cases): every court, its quota judges (员额法官 still in post) as handlers, filings numbered in filing order across
 * the year. Cases filed after {@code asOf} are left out and cases that would close after it are still open, so a
 * current year looks as it does on that day. The demo province loads two such years; the import bench writes one.
 * JDK only, so it also runs as a single source file:
 * {@code java CaseYearGenerator.java staff.csv cases.csv 450000 [year] [asOf]}.
 */
public final class CaseYearGenerator {

    private static final String HEADER = "case_number,court_code,case_type,procedure,cause,claim_amount,filed_on,"
            + "closed_on,close_method,handler_staff_no,tried_by,deadline_on,suspended_days,extended,appealed,"
            + "upper_outcome,hearing_live_streamed,judgment_published,archived_on,retrial_applied,appeal_on,transferred_on";

    private static final String[] CIVIL_CAUSES = {"民间借贷纠纷", "离婚纠纷", "买卖合同纠纷", "机动车交通事故责任纠纷",
            "劳动争议", "物业服务合同纠纷", "金融借款合同纠纷", "信用卡纠纷", "房屋买卖合同纠纷", "经济合同纠纷"};
    private static final String[] CRIMINAL_CAUSES = {"危险驾驶罪", "盗窃罪", "故意伤害罪", "诈骗罪", "合同诈骗罪"};
    private static final String[] ADMINISTRATIVE_CAUSES = {"行政处罚", "行政强制", "行政许可"};
    private static final String[] OUTCOMES = {"维持", "改判", "发回重审", "撤诉", "调解"};

    private CaseYearGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path staff = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int total = args.length > 2 ? Integer.parseInt(args[2]) : 450_000;
        int year = args.length > 3 ? Integer.parseInt(args[3]) : 2017;
        LocalDate asOf = args.length > 4 ? LocalDate.parse(args[4]) : LocalDate.of(year + 1, 12, 31);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            System.out.println(write(quotaJudges(staff), year, asOf, total, w));
        }
    }

    /** Writes up to {@code total} cases of {@code year} as they stand on {@code asOf}; returns the rows written. */
    static int write(Map<String, List<String>> judges, int year, LocalDate asOf, int total, java.io.Writer w)
            throws IOException {
        // Share of the caseload per court level (basic courts carry most of it), then per court evenly.
        Map<Integer, List<String>> byLevel = new TreeMap<>();
        for (String court : judges.keySet()) byLevel.computeIfAbsent(digits(court), d -> new ArrayList<>()).add(court);
        Map<Integer, Double> share = new TreeMap<>(Map.of(4, 0.85, 2, 0.13, 0, 0.02));
        share.keySet().retainAll(byLevel.keySet());
        double sum = share.values().stream().mapToDouble(Double::doubleValue).sum();
        Random random = new Random(year);
        // The facts added later (appeal and transfer dates, 发回重审 on appeal, retrial applications, 公示) draw from
        // their own sequence, so the older columns of a year stay as they were.
        Random later = new Random(year * 31L + 7);
        int written = 0;
        w.write(HEADER);
        w.write('\n');
        for (Map.Entry<Integer, List<String>> level : byLevel.entrySet()) {
            List<String> peers = level.getValue();
            int perCourt = (int) Math.ceil(total * share.getOrDefault(level.getKey(), 0.0) / sum / peers.size());
            for (String court : peers) {
                for (String[] typeShare : mix(level.getKey())) {
                    String type = typeShare[0];
                    int n = (int) Math.ceil(perCourt * Double.parseDouble(typeShare[1]));
                    for (int i = 1; i <= n && written < total; i++) {
                        LocalDate filed = LocalDate.of(year, 1, 1).plusDays((long) (i - 1) * 365 / n);
                        if (filed.isAfter(asOf)) break;
                        w.write(row(court, type, i, filed, asOf, judges.get(court), random, later));
                        w.write('\n');
                        written++;
                    }
                }
            }
        }
        return written;
    }

    private static String[][] mix(int level) {
        return switch (level) {
            case 4 -> new String[][] {{"民初", "0.55"}, {"执", "0.30"}, {"刑初", "0.09"}, {"民特", "0.02"}, {"行初", "0.02"},
                    {"执异", "0.02"}};
            case 2 -> new String[][] {{"民终", "0.50"}, {"执", "0.12"}, {"民初", "0.10"}, {"刑终", "0.10"}, {"行终", "0.05"},
                    {"行初", "0.05"}, {"民申", "0.05"}, {"刑初", "0.03"}};
            default -> new String[][] {{"民申", "0.40"}, {"民终", "0.30"}, {"刑终", "0.10"}, {"行终", "0.10"}, {"民再", "0.10"}};
        };
    }

    private static String row(String court, String type, int seq, LocalDate filed, LocalDate asOf, List<String> handlers,
            Random r, Random later) {
        String procedure = "";
        String cause = "";
        String amount = "";
        String triedBy = "合议庭";
        switch (type) {
            case "民初" -> {
                int p = r.nextInt(100);
                procedure = p < 35 ? "普通程序" : p < 90 ? "简易程序" : "小额诉讼程序";
                triedBy = p < 35 ? "合议庭" : "独任";
            }
            case "刑初" -> {
                int p = r.nextInt(100);
                procedure = p < 40 ? "普通程序" : p < 80 ? "简易程序" : "速裁程序";
                triedBy = p < 40 ? "合议庭" : "独任";
            }
            case "行初" -> procedure = r.nextInt(5) == 0 ? "简易程序" : "普通程序";
            case "执", "执异" -> triedBy = "";
            default -> { }
        }
        if (type.startsWith("民")) {
            cause = CIVIL_CAUSES[r.nextInt(CIVIL_CAUSES.length)];
            amount = (1000 + r.nextInt(2_000_000)) + "." + String.format("%02d", r.nextInt(100));
        } else if (type.startsWith("刑")) {
            cause = CRIMINAL_CAUSES[r.nextInt(CRIMINAL_CAUSES.length)];
        } else if (type.startsWith("行")) {
            cause = ADMINISTRATIVE_CAUSES[r.nextInt(ADMINISTRATIVE_CAUSES.length)];
        }
        LocalDate closing = r.nextInt(10) < 9 ? filed.plusDays(5 + r.nextInt(180)) : null;
        boolean closed = closing != null && !closing.isAfter(asOf);
        LocalDate closedOn = closed ? closing : null;
        String method = !closed ? "" : type.startsWith("执") ? (r.nextBoolean() ? "执行完毕" : "终结本次执行")
                : switch (r.nextInt(5)) { case 0 -> "调解"; case 1 -> "撤诉"; case 2 -> "裁定"; default -> "判决"; };
        LocalDate archiving = closed && r.nextInt(10) < 7 ? closedOn.plusDays(10 + r.nextInt(80)) : null;
        LocalDate archived = archiving != null && !archiving.isAfter(asOf) ? archiving : null;
        boolean appealed = "判决".equals(method) && type.endsWith("初") && r.nextInt(10) == 0;
        // 上级法院处理结果 (发改指): only on first-instance rows, what the court above did on appeal
        String outcome = appealed && r.nextBoolean() ? OUTCOMES[r.nextInt(OUTCOMES.length)] : "";
        int suspended = r.nextInt(10) == 0 ? r.nextInt(60) : 0;
        String published = "判决".equals(method) ? (r.nextInt(10) < 8 ? "公开" : r.nextBoolean() ? "不公开" : "未处理") : "";
        // 二审结果: a second-instance row states its own result in its close method, where the import reads it (its
        // upper_outcome column would say what a still higher court did to it). About one decided appeal in ten goes
        // back to the court below, its file with it (发回重审, by ruling), one in ten is reversed (改判, by judgment); the
        // rest stay 判决. Decided after the draws above, which a 判决 takes, and by one draw as before, so the older
        // columns keep their values.
        if (type.endsWith("终") && "判决".equals(method)) {
            int decision = later.nextInt(10);
            if (decision == 0) {
                method = "发回重审";
                published = "";
            } else if (decision == 1) {
                method = "改判";
            }
        }
        // 「双百」: most judgments not published have their case number, court, date and reason announced (公示)
        if ("不公开".equals(published) && later.nextInt(10) < 7) published = "不公开已公示";
        // 上诉 5–15 days after the judgment, the file sent up 3–30 days later; a date after asOf has not happened yet
        LocalDate appealOn = appealed ? closedOn.plusDays(5 + later.nextInt(11)) : null;
        LocalDate transferOn = appealOn != null ? appealOn.plusDays(3 + later.nextInt(28))
                : "发回重审".equals(method) ? closedOn.plusDays(3 + later.nextInt(28)) : null;
        if (appealOn != null && appealOn.isAfter(asOf)) appealOn = null;
        if (transferOn != null && (transferOn.isAfter(asOf) || appealed && appealOn == null)) transferOn = null;
        // 申请再审/申诉: about 3% of the effective litigation decisions
        boolean retrialApplied = closed && !appealed && !type.startsWith("执") && later.nextInt(100) < 3;
        // 裁定书 (撤诉, 驳回, enforcement) go online too (法释〔2016〕19号 第3条 第2项), nine in ten here; decided from the
        // case number, not a draw, so that every other column keeps its value
        if (published.isEmpty() && closed && List.of("撤诉", "裁定", "执行完毕", "终结本次执行").contains(method)) {
            published = Math.floorMod((court + type + seq).hashCode(), 10) < 9 ? "公开" : "不公开已公示";
        }
        // One row in five carries its own deadline (as a court's old system would); the rest are computed.
        String deadline = r.nextInt(5) == 0 ? filed.plusMonths(6).plusDays(suspended).toString() : "";
        String handler = handlers.get(r.nextInt(handlers.size()));
        return String.join(",", "（" + filed.getYear() + "）" + court + type + seq + "号", court, type, procedure, cause, amount,
                filed.toString(), closed ? closedOn.toString() : "", method, handler, triedBy, deadline,
                String.valueOf(suspended), "N", appealed ? "Y" : "N", outcome, r.nextInt(5) == 0 ? "Y" : "N", published,
                archived == null ? "" : archived.toString(), retrialApplied ? "Y" : "N",
                appealOn == null ? "" : appealOn.toString(), transferOn == null ? "" : transferOn.toString());
    }

    /** Quota judges (员额法官 with no quota_to) per court code, from a staff export. */
    private static Map<String, List<String>> quotaJudges(Path staff) throws IOException {
        List<String> lines = Files.readAllLines(staff, StandardCharsets.UTF_8);
        List<String> header = split(lines.get(0).replace("\uFEFF", ""));
        int no = header.indexOf("staff_no");
        int court = header.indexOf("court_code");
        int role = header.indexOf("role");
        int quotaTo = header.indexOf("quota_to");
        Map<String, List<String>> judges = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            List<String> f = split(line);
            if (f.get(role).equals("员额法官") && (quotaTo >= f.size() || f.get(quotaTo).isEmpty())) {
                judges.computeIfAbsent(f.get(court), k -> new ArrayList<>()).add(f.get(no));
            }
        }
        return judges;
    }

    private static int digits(String courtCode) {
        return courtCode.replaceAll("\\D", "").length();
    }

    /** Enough CSV for an export: commas, double quotes around fields that need them. */
    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
