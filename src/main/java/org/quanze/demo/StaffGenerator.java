package org.quanze.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import org.quanze.organization.CourtView;
import org.quanze.organization.SpecialCourt;
import org.quanze.shared.CourtLevel;

/**
 * Writes a staff file (the import format) for the demo province. Quota judges per court follow the province's size
 * (≈2,900 at scale 1, the paper's 2,915 first-batch quota judges of October 2015); each court has a president, vice
 * presidents, and in every division a chief and deputies who hear cases; each judge leads a trial team with an
 * assistant and a clerk. Deterministic: the same scale gives the same people.
 */
final class StaffGenerator {

    /** First batch of the quota reform in Jilin: 2015年10月 全省法院全面完成法官员额制改革. */
    static final LocalDate FIRST_BATCH = LocalDate.of(2015, 10, 31);

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志海波宁春雪梅晨阳鹏飞宇航婷颖欣然博文思远浩然俊峰立新振东丹凤玲慧晓光德胜永福长青";
    private static final String[] TRIAL_DIVISIONS = {"立案庭", "民一庭", "民二庭", "刑事审判庭", "行政审判庭", "执行局", "审判监督庭"};
    private static final double[] DIVISION_SHARE = {0.10, 0.25, 0.20, 0.15, 0.08, 0.15, 0.07};

    private final Random random = new Random(2017);
    private final List<String> lines = new ArrayList<>();

    static String header() {
        return "staff_no,name,court_code,department,role,posts,quota_from,quota_to,team,office_phone";
    }

    /** Quota judges a court of this kind has at scale 1. */
    static int judgesOf(CourtView court) {
        if (court.level() == CourtLevel.HIGH) return 110;
        boolean special = court.special() == SpecialCourt.RAILWAY || court.special() == SpecialCourt.FORESTRY;
        if (court.level() == CourtLevel.INTERMEDIATE) return special ? 20 : "吉01".equals(court.code()) ? 130 : 65;
        if (special) return 8;
        return court.code().startsWith("吉01") ? 30 : 21;
    }

    List<String> generate(List<CourtView> courts, double scale) {
        for (CourtView court : courts) court(court, Math.max(4, (int) Math.round(judgesOf(court) * scale)));
        return lines;
    }

    private void court(CourtView court, int judges) {
        var seq = new int[] {0};
        String code = court.code();
        // Leaders who hear cases: president and vice presidents sit in the divisions as quota judges. Each division has
        // at least a chief, a deputy and one judge without a post.
        int vicePresidents = Math.max(1, Math.min(4, judges / 20));
        int[] perDivision = new int[TRIAL_DIVISIONS.length];
        int assigned = 0;
        for (int i = 0; i < perDivision.length; i++) {
            perDivision[i] = Math.max(3, (int) Math.round(judges * DIVISION_SHARE[i]));
            assigned += perDivision[i];
        }
        perDivision[1] += Math.max(0, judges - assigned);
        for (int d = 0; d < TRIAL_DIVISIONS.length; d++) {
            String division = TRIAL_DIVISIONS[d];
            // The president sits in 民一庭, the vice presidents in the next divisions, each as one more judge.
            boolean leaderSeat = d >= 1 && d <= 1 + vicePresidents;
            int seats = perDivision[d] + (leaderSeat ? 1 : 0);
            int deputies = Math.max(1, perDivision[d] / 4);
            for (int j = 0; j < seats; j++) {
                StringJoiner posts = new StringJoiner(";");
                if (leaderSeat && j == seats - 1) {
                    posts.add(d == 1 ? "院长" : "副院长").add("审判委员会委员");
                } else if (j == 0) {
                    posts.add("庭长");
                    if (d <= 3) posts.add("审判委员会委员");
                } else if (j <= deputies) {
                    posts.add("副庭长");
                }
                if (d == 0 && j == 1) posts.add("程序分流员");
                if (d == 6 && j == 1) posts.add("评查专家");
                String team = division + "第" + (j + 1) + "团队";
                LocalDate from = random.nextInt(10) < 8 ? FIRST_BATCH : LocalDate.of(2016 + random.nextInt(3), 1 + random.nextInt(12), 1);
                // Some judges left the quota (退出员额): they keep the role but may no longer handle cases.
                boolean left = posts.length() == 0 && (d == 2 && j == seats - 2 || random.nextInt(40) == 0);
                String to = left ? LocalDate.of(2018, 6, 30).toString() : "";
                add(code, seq, division, "员额法官", posts.toString(), (left ? FIRST_BATCH : from).toString(), to, team);
                add(code, seq, division, "法官助理", "", "", "", team);
                add(code, seq, division, "书记员", "", "", "", team);
            }
        }
        if (court.level() == CourtLevel.BASIC) {
            for (int i = 0; i < Math.max(2, judges / 3); i++) add(code, seq, "", "人民陪审员", "", "", "", "");
        }
        for (String office : new String[] {"审判管理办公室", "监察室"}) {
            for (int i = 0; i < (court.level() == CourtLevel.BASIC ? 2 : 4); i++) add(code, seq, office, "司法行政人员", "", "", "", "");
        }
    }

    private void add(String court, int[] seq, String department, String role, String posts, String from, String to,
            String team) {
        seq[0]++;
        String staffNo = court + "-" + String.format("%04d", seq[0]);
        lines.add(String.join(",", staffNo, name(), court, department, role, posts, from, to, team,
                "书记员".equals(role) ? officePhone(staffNo) : ""));
    }

    /**
     * A clerk's office line (the number parties call, shown on the portal): Changchun's area code and an 8-digit number
     * from the staff number, not from the random source, so adding it left every generated name and date as it was.
     */
    static String officePhone(String staffNo) {
        return "0431-" + (85_000_000 + Math.floorMod(staffNo.hashCode(), 5_000_000));
    }

    private String name() {
        char surname = SURNAMES.charAt(random.nextInt(SURNAMES.length()));
        StringBuilder given = new StringBuilder().append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        if (random.nextInt(3) > 0) given.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        return surname + given.toString();
    }
}
