package org.quanze.disclosure.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.quanze.disclosure.AnonymisationPolicy;

/**
 * 屏蔽 — anonymises a judgment for publication (法释〔2016〕19号 第8–11条) from its text alone, using the document's
 * own structure: the role word before a name (被害人, 证人, 鉴定人, 法定代理人, …; in family cases also 原告 and
 * 被告), a legal representative's 「系某某之父」, 「（未成年）」 after a name, lists such as 「甲、乙的证言」, the
 * signature block and the defenders (kept, 第11条). Where the role word leaves the end of a name open, a name
 * recogniser decides. In a criminal case, a private person the facts name without a role word is found by what the
 * text says of him (see {@link #findPrivatePersons}). Parties the platform already knows are added.
 *
 * <p>Each hidden person gets one replacement for the whole document (第9条); persons whose replacements collide
 * are numbered in the order they first appear (张某1, 张某2).
 */
public final class Anonymiser {

    private static final String PUNCT = "，。、；：:,;.（）()“”\"‘’《》〈〉【】[]！？!?\n\r\t ·-—…";
    /** Characters that cannot belong to a given name: they end it. */
    private static final String NOT_IN_NAME = PUNCT + "0123456789０１２３４５６７８９的之等及与系在被将于所均已为称说证陈供辨处驾持犯以某、";
    /** Characters that end a name when they follow it (verbs and particles that follow a person in a judgment). */
    private static final String AFTER_NAME = NOT_IN_NAME + "和向到对因也报遭同随从自去来拿用把给让叫打又即便还就曾再当经未不没是有都家"
            + "反受逃进离携窜骑乘找抢杀砍捅欲共先并亦作发出前后年月日时一二两三四五六七八九十";
    /** Characters after which a name may begin in a backwards list (「有甲、乙的证言」). */
    private static final String BEFORE_LIST = PUNCT + "有及和与据人和即";

    /** 第8条(二)(三): hidden under every policy. */
    private static final String ALWAYS_HIDDEN = "附带民事诉讼原告人|附带民事原告人|被害人|被害者|证人|鉴定人|法定代理人|未成年人"
            + "|受害人|被侵害人|死者";
    /** Other words for the victim (第8条(二)); only a criminal judgment's victim is hidden for being one. */
    private static final Set<String> VICTIM_WORDS = Set.of("受害人", "被侵害人", "死者");
    /** Parties: hidden in family cases (第8条(一)) and under the all-parties policy. */
    private static final String PARTIES = "再审申请人|被上诉人|原审原告|原审被告人|原审被告|上诉人|被申请人|申请人|第三人|原告人|原告|被告人|被告"
            + "|犯罪嫌疑人|罪犯|申诉人|申请执行人|被执行人";
    /** Children named in family cases (第8条(一)(三)). */
    private static final String CHILDREN = "婚生女|婚生子|长女|长子|次女|次子|养女|养子|一女|一子|之女|之子|女儿|儿子|取名";
    private static final Pattern CUE = Pattern.compile("(" + ALWAYS_HIDDEN + "|" + PARTIES + "|" + CHILDREN
            + ")(?:[（(]([^（）()\\n]{1,24})[）)])?[：:]?");
    private static final Set<String> ALWAYS = Set.of(ALWAYS_HIDDEN.split("\\|"));
    private static final Set<String> CHILD = Set.of(CHILDREN.split("\\|"));
    private static final Pattern WITNESS_STATEMENT = Pattern.compile(
            "(?:的证言|的证词|等证人证言|等证人的证言|等人的证言|等人证言|证人证言|的询问笔录)");
    private static final Pattern MINOR_AFTER = Pattern.compile("[（(](?:系)?(?:未成年|犯罪时未成年|不满十八周岁)");
    private static final Pattern REPRESENTED = Pattern.compile(
            "^[，,]\\s*系(?:原审被告人|上诉人|被告人|被害人|原告|被告|原审原告)?");
    private static final Pattern FAMILY = Pattern.compile(
            "(离婚|婚姻|继承|抚养|抚育|监护|赡养|扶养|婚约|同居关系|遗嘱|遗产|分家析产|收养|探望权|亲子关系)[^。\\n]{0,12}纠纷");
    private static final Pattern STAFF_LINE = Pattern.compile(
            "(?m)^\\s*(?:审判长|代理审判员|审判员|人民陪审员|陪审员|书记员|法官助理|执行员|速录员)\\s*([\\u4e00-\\u9fa5·]{2,6}?)\\s*(?:（兼）|\\(兼\\))?\\s*$");
    private static final Pattern LONE_NAME_LINE = Pattern.compile("(?m)^\\s*([\\u4e00-\\u9fa5]{2,4})\\s*$");
    private static final Pattern KEPT_CUE = Pattern.compile(
            "(?:法律援助辩护人|指定辩护人|辩护人|委托诉讼代理人|委托代理人|诉讼代理人|代理检察员|检察员|检察官|审判长|审判员|书记员|法官助理|律师)[：:]?");
    private static final Pattern CASE_NUMBER = Pattern.compile("[（(]\\d{4}[）)][\\u4e00-\\u9fa5\\d]{1,24}?号");
    private static final Pattern LATIN_ALIAS = Pattern.compile(
            "^[（(](?:英文姓名|英文名|外文姓名|英文名字)?[：:]?([A-Za-z][A-Za-z .'\\-]*[A-Za-z])\\s*[，,；;）)]");
    /** Words after a role word that begin with a surname character but are no name (被害人陈述, 被害人家属). */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "^(?:陈述|家属|原审|证人|证言|被告|原告|上诉|同案|另案|其他|本人|本院|双方|于是|于当|何时|何处|何人|钱款|钱财|"
                    + "方面|方向|高度|高速|单位|华侨|金额|文书|车辆|时间|程序|全部|安全|明知|强行|强迫|向其|向他|叶片|马路|黄金|白天)");
    private static final Pattern ROLE_BEFORE = Pattern.compile("(?:证人|被害人|鉴定人|法定代理人)$");
    private static final Pattern OTHER_NAMES = Pattern.compile("^[，,（(]?(?:又名|曾用名|化名|别名|绰号)");
    /** Procedural parties of this case: their names stay under the 2016 rule (第11条) unless 第8条 hides them. */
    private static final Set<String> CASE_PARTIES = Set.of("再审申请人", "被上诉人", "原审原告", "原审被告人", "原审被告",
            "上诉人", "被申请人", "申请人", "第三人", "原告", "被告人", "被告", "申诉人");
    /** A criminal judgment or ruling (its title, or a 被告人/罪犯 in its opening), where 第8条(二) applies. */
    private static final Pattern CRIMINAL = Pattern.compile("刑事(?:附带民事)?(?:判决书|裁定书|决定书)|被告人|罪犯");
    /** A note in brackets right after a name. */
    private static final Pattern NOTE_AFTER_NAME = Pattern.compile("[（(]([^（）()\\n]{1,80})[）)]");
    /**
     * A note that opens with particulars a judgment records only of private persons (第10条(一) lists most of them):
     * sex, residence, ID number, telephone, birth date, age or age at death. Judges, prosecutors and lawyers are
     * named with their office instead.
     */
    private static final Pattern PRIVATE_PARTICULARS = Pattern.compile("^(?:[男女](?:[，,、]|$)|住|现住|家住|暂住|户籍"
            + "|身份证|公民身份|居民身份|联系电话|电话|手机|殁年|\\d{1,3}岁|\\d{4}年[^，,]{0,8}?生)");
    /** A note on an offender dealt with elsewhere (同案人, 另案处理, 在逃): no one 第8条 protects. */
    private static final Pattern OFFENDER_NOTE = Pattern.compile("另案|另处|已判|判刑|在逃|同案|逮捕|拘留|取保|监视居住|服刑");
    /** 「致乙死亡」, 「致使乙轻伤」: whom the crime killed or injured, its victim. */
    private static final Pattern HARMED = Pattern.compile(
            "致(?:使)?([\\u4e00-\\u9fa5·]{2,5}?)(?:当场)?(?:死亡|重伤|轻伤|轻微伤|受伤|伤残|残疾)");
    /**
     * A relation word is often followed by a verb or an adverb (「其父亲代其退赔」, 「和他」, 「高兴地说」): no given
     * name ends in a pronoun or a particle.
     */
    private static final String NO_NAME_END = "其他她它们地得着了过";
    /** Words for a private relation to someone, which introduce a private person (「其妻子乙」, 「甲的师傅乙」). */
    private static final Pattern RELATION = Pattern.compile("(?:妻子|丈夫|前妻|前夫|之妻|之夫|父亲|母亲|之父|之母|儿子|女儿|之子"
            + "|之女|哥哥|姐姐|弟弟|妹妹|之兄|之弟|之姐|之妹|表哥|表弟|表姐|表妹|堂哥|堂弟|堂姐|堂妹|侄子|侄女|外甥|岳父|岳母|女婿|儿媳"
            + "|亲戚|师傅|师父|徒弟|同事|同学|朋友|好友|女友|男友|邻居|老乡|房东|室友|雇主)");
    private static final Pattern ORGANISATION = Pattern.compile(
            "^[\\u4e00-\\u9fa5A-Za-z0-9（）()]{2,30}?(有限责任公司|股份有限公司|有限公司|集团公司|公司|合作社|银行|医院|学校|厂|研究所|协会|中心)(?=[，。、；：,（(])");

    private final NameRecogniser recogniser;

    public Anonymiser(NameRecogniser recogniser) { this.recogniser = recogniser; }

    /** One person or organisation found in the text and whether the policy hides it. */
    private static final class Entity {
        final String name;
        final boolean organisation;
        final Set<String> aliases = new HashSet<>();
        final Set<String> latin = new HashSet<>();
        boolean hidden;
        boolean party;
        String rule = "";
        int first = Integer.MAX_VALUE;
        String replacement;

        Entity(String name, boolean organisation) {
            this.name = name;
            this.organisation = organisation;
        }
    }

    public Anonymisation anonymise(String text, AnonymisationPolicy policy, List<KnownParty> known) {
        List<int[]> protectedSpans = spans(CASE_NUMBER, text);
        String opening = text.substring(0, Math.min(text.length(), 1500));
        boolean family = FAMILY.matcher(opening).find();
        boolean criminal = !family && CRIMINAL.matcher(opening).find();
        Set<String> kept = keptNames(text);

        Map<String, Entity> entities = new LinkedHashMap<>();
        findByRole(text, policy, family, criminal, entities);
        for (KnownParty p : known == null ? List.<KnownParty>of() : known) {
            if (p.name() == null || p.name().isBlank()) {
                continue;
            }
            boolean hide = policy == AnonymisationPolicy.ALL_PARTIES
                    || !p.organisation() && (family || ALWAYS.stream().anyMatch(r -> p.role() != null && p.role().contains(r))
                            || p.role() != null && p.role().contains("未成年"));
            mark(entities, p.name().strip(), p.organisation(), hide, p.organisation() ? "all-parties" : ruleOf(p.role(), family));
        }
        entities.keySet().removeAll(kept);
        if (policy == AnonymisationPolicy.RULE_2016 && !family) {
            // A defendant the text also calls 「证人」 (his statement in a related case) is still a party: 第11条.
            entities.values().stream().filter(e -> e.party && !e.rule.contains("(3)")).forEach(e -> e.hidden = false);
        }
        if (criminal) {
            findPrivatePersons(text, entities, kept);
        }
        findAliases(text, entities);

        List<MaskSpan> spans = resolve(PersonalData.find(text, family, protectedSpans));
        List<MaskSpan> names = nameSpans(text, entities, kept, protectedSpans, spans);
        spans.addAll(names);
        spans.sort(Comparator.comparingInt(MaskSpan::start));
        return Anonymisation.apply(text, spans);
    }

    // ---- who is kept (第11条)

    /** Judges, assistants, clerks (the signature block), prosecutors, defenders, agents and lawyers. */
    private Set<String> keptNames(String text) {
        Set<String> kept = new HashSet<>();
        Matcher m = STAFF_LINE.matcher(text);
        int signature = -1;
        while (m.find()) {
            kept.add(m.group(1));
            signature = signature < 0 ? m.start() : signature;
        }
        if (signature >= 0) {
            Matcher lone = LONE_NAME_LINE.matcher(text);
            lone.region(signature, text.length());
            while (lone.find()) {
                if (Surnames.startsWithSurname(lone.group(1))) {
                    kept.add(lone.group(1));
                }
            }
        }
        m = KEPT_CUE.matcher(text);
        while (m.find()) {
            for (Candidate c : list(text, m.end())) {
                kept.add(c.name(text));
            }
        }
        return kept;
    }

    // ---- who is hidden (第8条)

    private void findByRole(String text, AnonymisationPolicy policy, boolean family, boolean criminal,
            Map<String, Entity> entities) {
        boolean all = policy == AnonymisationPolicy.ALL_PARTIES;
        Matcher m = CUE.matcher(text);
        while (m.find()) {
            String cue = m.group(1);
            String note = m.group(2) == null ? "" : m.group(2);
            boolean child = CHILD.contains(cue);
            if (child && !family || VICTIM_WORDS.contains(cue) && !criminal) {
                continue;
            }
            boolean minor = note.contains("未成年") || cue.equals("未成年人");
            boolean hide = ALWAYS.contains(cue) || family || minor || all;
            String rule = minor ? "Art8(3)" : ALWAYS.contains(cue) ? (family ? "Art8(1)" : "Art8(2)")
                    : family ? "Art8(1)" : "all-parties";
            int at = m.end();
            if (!child && !ALWAYS.contains(cue)) {
                Matcher org = ORGANISATION.matcher(text).region(at, text.length());
                if (org.lookingAt()) {
                    mark(entities, org.group(), true, all, "all-parties");
                    continue;
                }
            }
            for (Candidate c : list(text, at)) {
                String name = c.name(text);
                mark(entities, name, false, hide, rule);
                if (CASE_PARTIES.contains(cue) && !text.startsWith("附带民事诉讼", Math.max(0, m.start() - 6))
                        && !text.startsWith("附带民事", Math.max(0, m.start() - 4))) {
                    entities.get(name).party = true;
                }
                if (cue.equals("法定代理人")) {
                    representedMinor(text, c.end, entities);
                }
                if (MINOR_AFTER.matcher(text).region(c.end, text.length()).lookingAt()) {
                    mark(entities, name, false, true, "Art8(3)");
                }
            }
        }
        m = WITNESS_STATEMENT.matcher(text);
        while (m.find()) {
            for (Candidate c : listBackwards(text, m.start(), entities)) {
                mark(entities, c.name(text), false, true, family ? "Art8(1)" : "Art8(2)");
            }
        }
        m = MINOR_AFTER.matcher(text);
        while (m.find()) {
            List<Candidate> before = listBackwards(text, m.start(), entities);
            if (!before.isEmpty()) {
                mark(entities, before.get(before.size() - 1).name(text), false, true, "Art8(3)");
            }
        }
    }

    /**
     * 第8条(二) in a criminal case: a private person the facts name without a role word — typically a victim or a
     * witness the text introduces by his relation to someone («甲的师傅乙»), with his particulars («乙（住…）») or
     * by the harm done to him («致乙死亡»). A name is taken when
     * <ul>
     * <li>brackets right after it give particulars recorded only of private persons ({@link #PRIVATE_PARTICULARS}),
     * not a note on an offender dealt with elsewhere, and punctuation or the recogniser marks where it begins; or</li>
     * <li>a word for a private relation ({@link #RELATION}) comes right before it, the document names him again
     * and the recogniser reads it as a name somewhere; or</li>
     * <li>it stands between 「致」 and a death or an injury ({@link #HARMED}) and the recogniser reads it as a name
     * somewhere.</li>
     * </ul>
     * Whoever the document's structure already placed — a party (kept under 第11条), a victim or witness — keeps
     * that place, and judges, clerks, prosecutors, defenders and agents stay (第11条).
     */
    private void findPrivatePersons(String text, Map<String, Entity> entities, Set<String> kept) {
        List<Candidate> found = new ArrayList<>();
        Matcher m = NOTE_AFTER_NAME.matcher(text);
        while (m.find()) {
            if (PRIVATE_PARTICULARS.matcher(m.group(1)).lookingAt() && !OFFENDER_NOTE.matcher(m.group(1)).find()) {
                Candidate c = nameEndingAt(text, m.start());
                if (c != null) {
                    found.add(c);
                }
            }
        }
        m = RELATION.matcher(text);
        while (m.find()) {
            Candidate c = nameAfterRelation(text, m.end());
            if (c != null) {
                found.add(c);
            }
        }
        m = HARMED.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            String surname = Surnames.surnameOf(name);
            if (!surname.isEmpty() && name.length() <= surname.length() + 2 && allNameCharacters(name)
                    && !NOT_A_NAME.matcher(name).lookingAt() && recognised(text, name)) {
                found.add(new Candidate(m.start(1), m.end(1)));
            }
        }
        for (Candidate c : found) {
            String name = c.name(text);
            // a reading that overlaps a placed name (张三 in 张三丰) is left alone: hiding it would cut into that name
            if (Stream.concat(entities.values().stream().filter(e -> !e.organisation).map(e -> e.name), kept.stream())
                    .noneMatch(k -> k.contains(name) || name.contains(k))) {
                mark(entities, name, false, true, "Art8(2)");
            }
        }
    }

    /**
     * The name ending at {@code end}, read forwards from where its surname would begin. Where it begins must be
     * clear: after punctuation (or 「人」, 「和」, …), else the recogniser reads it as a name somewhere. Where
     * two readings remain (「师傅张航」: 傅张航 or 张航), the one the document repeats more often wins, else the
     * three-character one.
     */
    private Candidate nameEndingAt(String text, int end) {
        Candidate best = null;
        int bestCount = 0;
        for (int length : new int[] {3, 2, 4}) {
            int start = end - length;
            if (start < 0 || !Surnames.startsWithSurname(text.substring(start, end)) || nameLength(text, start) != length) {
                continue;
            }
            boolean marked = start == 0 || BEFORE_LIST.indexOf(text.charAt(start - 1)) >= 0;
            if (marked || recognised(text, text.substring(start, end))) {
                int count = occurrences(text, text.substring(start, end));
                if (count > bestCount) {
                    best = new Candidate(start, end);
                    bestCount = count;
                }
            }
        }
        return best;
    }

    /**
     * The name right after a relation word: a known surname and the reading (the one the characters around it
     * give, else three, else two characters) that the document repeats — a person the facts introduce by a relation
     * is named again — and the recogniser confirms somewhere in it.
     */
    private Candidate nameAfterRelation(String text, int at) {
        String rest = text.substring(at, Math.min(text.length(), at + 7));
        String surname = Surnames.surnameOf(rest);
        if (surname.isEmpty() || NOT_A_NAME.matcher(rest).lookingAt()) {
            return null;
        }
        for (int length : new int[] {nameLength(text, at), surname.length() + 2, surname.length() + 1}) {
            if (length > surname.length() && length <= rest.length() && allNameCharacters(rest.substring(0, length))
                    && NO_NAME_END.indexOf(rest.charAt(length - 1)) < 0 && occurrences(text, rest.substring(0, length)) > 1
                    && recognised(text, rest.substring(0, length))) {
                return new Candidate(at, at + length);
            }
        }
        return null;
    }

    /**
     * The recogniser reads {@code name} as a whole person name at one of its first occurrences: its model needs the
     * characters after a name, and one mention («许某某随即报警») may be clearer than another («许某某目睹»).
     */
    private boolean recognised(String text, String name) {
        int checked = 0;
        for (int at = text.indexOf(name); at >= 0 && checked < 8; at = text.indexOf(name, at + 1), checked++) {
            if (recogniser.nameLengthAt(text, at) == name.length()) {
                return true;
            }
        }
        return false;
    }

    private static int occurrences(String text, String s) {
        int count = 0;
        for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + s.length())) {
            count++;
        }
        return count;
    }

    /** 「法定代理人乙，系甲之父」: the represented person is a minor (第8条(三)). */
    private void representedMinor(String text, int after, Map<String, Entity> entities) {
        Matcher m = REPRESENTED.matcher(text).region(after, text.length());
        if (m.lookingAt()) {
            for (Candidate c : list(text, m.end())) {
                mark(entities, c.name(text), false, true, "Art8(3)");
                break;
            }
        }
    }

    private static String ruleOf(String role, boolean family) {
        if (role != null && role.contains("未成年")) {
            return "Art8(3)";
        }
        return family ? "Art8(1)" : role != null && ALWAYS.stream().anyMatch(role::contains) ? "Art8(2)" : "all-parties";
    }

    private static void mark(Map<String, Entity> entities, String name, boolean organisation, boolean hide, String rule) {
        Entity e = entities.computeIfAbsent(name, n -> new Entity(n, organisation));
        if (hide && !e.hidden) {
            e.hidden = true;
            e.rule = rule;
        } else if (hide && rule.startsWith("Art8") && !e.rule.contains(rule)) {
            e.rule = e.rule.startsWith("Art8") ? e.rule + "+" + rule.substring(4) : rule;
        }
    }

    // ---- reading names

    /** A name found at {@code [start, end)}. */
    private record Candidate(int start, int end) {
        String name(String text) { return text.substring(start, end); }
    }

    /** Names at {@code at} forward: one, then more while 「、」 separates them. */
    private List<Candidate> list(String text, int at) {
        List<Candidate> names = new ArrayList<>();
        int p = at;
        while (true) {
            int length = nameLength(text, p);
            if (length == 0) {
                return names;
            }
            names.add(new Candidate(p, p + length));
            p += length;
            if (p < text.length() && text.charAt(p) == '、') {
                p++;
            } else {
                return names;
            }
        }
    }

    /** Length of the name at {@code p}, by the characters around it; the recogniser decides what they leave open. */
    private int nameLength(String text, int p) {
        if (p >= text.length()) {
            return 0;
        }
        int dot = foreignName(text, p);
        if (dot > 0) {
            return dot;
        }
        String rest = text.substring(p, Math.min(text.length(), p + 7));
        if (NOT_A_NAME.matcher(rest).lookingAt()) {
            return 0;
        }
        String surname = Surnames.surnameOf(rest);
        if (surname.isEmpty()) {
            return recogniser.nameLengthAt(text, p);
        }
        List<Integer> viable = new ArrayList<>();
        for (int length : surname.length() == 2 ? new int[] {4, 3} : new int[] {3, 2}) {
            if (fits(text, p, length)) {
                viable.add(length);
            }
        }
        if (viable.size() == 1) {
            return viable.get(0);
        }
        int recognised = recogniser.nameLengthAt(text, p);
        if (viable.isEmpty()) {
            int longest = surname.length() + 2;
            // the recogniser read the name in its context: its end needs no punctuation or particle after it
            return recognised > surname.length() && recognised <= longest
                    && allNameCharacters(text.substring(p, p + recognised)) ? recognised
                    : strictlyBounded(text, p, 4) ? 4 : 0;
        }
        return viable.contains(recognised) ? recognised
                : strictlyBounded(text, p, viable.get(1)) && !strictlyBounded(text, p, viable.get(0)) ? viable.get(1)
                : viable.get(0);
    }

    private static final String FOREIGN_PART = "[\\u4e00-\\u9fa5&&[^的之等及与和在被将于所均已为称说陈供辨犯以、]]{1,8}";

    /** 凯文·沃尔什: a transliterated name with its middle dot. */
    private static int foreignName(String text, int p) {
        Matcher m = Pattern.compile("^[\\u4e00-\\u9fa5]{1,6}[·•]" + FOREIGN_PART + "(?:[·•]" + FOREIGN_PART + ")?")
                .matcher(text).region(p, text.length());
        return m.lookingAt() ? m.end() - p : 0;
    }

    private static boolean fits(String text, int p, int length) {
        if (p + length > text.length()) {
            return false;
        }
        for (int i = p; i < p + length; i++) {
            if (i > p && NOT_IN_NAME.indexOf(text.charAt(i)) >= 0 || !Character.isIdeographic(text.charAt(i))) {
                return false;
            }
        }
        return p + length == text.length() || AFTER_NAME.indexOf(text.charAt(p + length)) >= 0;
    }

    /** The name is followed by punctuation or 「的」: the clearest end a name can have. */
    private static boolean strictlyBounded(String text, int p, int length) {
        if (p + length > text.length()) {
            return false;
        }
        for (int i = p; i < p + length; i++) {
            if (!Character.isIdeographic(text.charAt(i)) || i > p && NOT_IN_NAME.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return p + length == text.length() || (PUNCT + "的").indexOf(text.charAt(p + length)) >= 0;
    }

    /** Names ending at {@code end} and going backwards while 「、」 separates them (「甲、乙、丙的证言」). */
    private List<Candidate> listBackwards(String text, int end, Map<String, Entity> entities) {
        List<Candidate> names = new ArrayList<>();
        int q = end;
        while (q > 0) {
            int start = -1;
            boolean last = false;
            for (int length = 2; length <= 5 && q - length >= 0; length++) {
                String name = text.substring(q - length, q);
                if (!allNameCharacters(name) || NOT_A_NAME.matcher(name).lookingAt()) {
                    break;
                }
                char before = q - length == 0 ? '\n' : text.charAt(q - length - 1);
                boolean surname = Surnames.startsWithSurname(name) && length <= 4;
                if (before == '、' && (surname || length >= 4)) {
                    start = q - length;
                    break;
                }
                if (surname && ROLE_BEFORE.matcher(text.substring(Math.max(0, q - length - 4), q - length)).find()) {
                    start = q - length;
                    last = true;
                    break;
                }
            }
            if (start < 0) {
                start = leftmost(text, q, entities);
                if (start >= 0) {
                    names.add(new Candidate(start, q));
                }
                break;
            }
            names.add(new Candidate(start, q));
            if (last) {
                break;
            }
            q = start - 1;
        }
        java.util.Collections.reverse(names);
        return names;
    }

    /** The first name of a backwards list, whose left edge no 「、」 marks: a known name, else a surname and 1–2 characters. */
    private static int leftmost(String text, int q, Map<String, Entity> entities) {
        for (int length = 4; length >= 2; length--) {
            if (q - length >= 0 && entities.containsKey(text.substring(q - length, q))) {
                return q - length;
            }
        }
        for (int length : new int[] {3, 2, 4}) {
            if (q - length < 0) {
                continue;
            }
            String name = text.substring(q - length, q);
            char before = q - length == 0 ? '\n' : text.charAt(q - length - 1);
            if (allNameCharacters(name) && Surnames.startsWithSurname(name) && !NOT_A_NAME.matcher(name).lookingAt()
                    && (BEFORE_LIST.indexOf(before) >= 0 || length == 3)) {
                return q - length;
            }
        }
        return -1;
    }

    private static boolean allNameCharacters(String s) {
        return !s.isEmpty() && Character.isIdeographic(s.charAt(0)) && s.chars().skip(1)
                .allMatch(c -> Character.isIdeographic(c) && NOT_IN_NAME.indexOf(c) < 0 || c == '·');
    }

    // ---- aliases, numbering and spans

    /** 「余某（英文姓名YU SUM KIT）」 and 「又名乙」: the same person under another name gets the same replacement. */
    private void findAliases(String text, Map<String, Entity> entities) {
        for (Entity e : List.copyOf(entities.values())) {
            if (!e.hidden || e.organisation) {
                continue;
            }
            for (int at = text.indexOf(e.name); at >= 0; at = text.indexOf(e.name, at + 1)) {
                int after = at + e.name.length();
                Matcher latin = LATIN_ALIAS.matcher(text).region(after, text.length());
                if (latin.lookingAt()) {
                    e.latin.add(latin.group(1).strip());
                }
                Matcher other = OTHER_NAMES.matcher(text).region(after, text.length());
                if (other.lookingAt()) {
                    for (Candidate c : list(text, other.end())) {
                        String alias = c.name(text);
                        if (!entities.containsKey(alias) && Surnames.startsWithSurname(alias)) {
                            e.aliases.add(alias);
                        }
                    }
                }
            }
        }
    }

    /** 第9条: the base form, numbered in order of first appearance when two hidden persons share it. */
    private static void number(List<Entity> hidden) {
        Map<String, List<Entity>> byBase = new LinkedHashMap<>();
        for (Entity e : hidden) {
            byBase.computeIfAbsent(base(e), b -> new ArrayList<>()).add(e);
        }
        for (var group : byBase.entrySet()) {
            List<Entity> members = group.getValue();
            members.sort(Comparator.comparingInt(e -> e.first));
            for (int i = 0; i < members.size(); i++) {
                members.get(i).replacement = group.getKey() + (members.size() > 1 ? String.valueOf(i + 1) : "");
            }
        }
    }

    private static String base(Entity e) {
        if (e.organisation) {
            Matcher m = ORGANISATION.matcher(e.name + "，");
            return e.name.charAt(0) + "某" + (m.lookingAt() ? m.group(1) : "");
        }
        return Surnames.baseForm(e.name);
    }

    private static List<MaskSpan> nameSpans(String text, Map<String, Entity> entities, Set<String> kept,
            List<int[]> protectedSpans, List<MaskSpan> deletions) {
        record Target(String text, Entity entity, boolean latin) {}
        List<Target> targets = new ArrayList<>();
        for (Entity e : entities.values()) {
            targets.add(new Target(e.name, e, false));
            e.aliases.forEach(a -> targets.add(new Target(a, e, false)));
            e.latin.forEach(a -> targets.add(new Target(a, e, true)));
        }
        kept.forEach(k -> targets.add(new Target(k, null, false)));
        targets.sort(Comparator.comparingInt((Target t) -> t.text().length()).reversed());
        List<int[]> taken = new ArrayList<>(protectedSpans);
        deletions.forEach(d -> taken.add(new int[] {d.start(), d.end()}));
        record Found(int start, int end, Target target) {}
        List<Found> found = new ArrayList<>();
        for (Target t : targets) {
            if (t.text().length() < 2) {
                continue;
            }
            for (int at = text.indexOf(t.text()); at >= 0; at = text.indexOf(t.text(), at + 1)) {
                int s = at, e = at + t.text().length();
                if (taken.stream().anyMatch(x -> s < x[1] && x[0] < e)) {
                    continue;
                }
                taken.add(new int[] {s, e});
                Entity entity = t.entity();
                if (entity != null && entity.hidden) {
                    found.add(new Found(s, e, t));
                    entity.first = Math.min(entity.first, s);
                }
            }
        }
        // Only persons that actually occur are numbered (a fragment of a longer name never is).
        number(found.stream().map(f -> f.target().entity()).distinct().toList());
        List<MaskSpan> spans = new ArrayList<>();
        for (Found f : found) {
            Entity entity = f.target().entity();
            String replacement = f.target().latin() ? Surnames.baseForm(f.target().text()) : entity.replacement;
            spans.add(new MaskSpan(f.start(), f.end(), entity.organisation ? SpanType.ORGANISATION : SpanType.NAME,
                    replacement, entity.rule.isEmpty() ? "Art9" : entity.rule + " Art9"));
        }
        return spans;
    }

    /** Overlapping deletions: the earlier, then the longer, wins. */
    private static List<MaskSpan> resolve(List<MaskSpan> found) {
        found.sort(Comparator.comparingInt(MaskSpan::start).thenComparing(s -> -(s.end() - s.start())));
        List<MaskSpan> kept = new ArrayList<>();
        int end = -1;
        for (MaskSpan s : found) {
            if (s.start() >= end) {
                kept.add(s);
                end = s.end();
            }
        }
        return kept;
    }

    private static List<int[]> spans(Pattern p, String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }
}
