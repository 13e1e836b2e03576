package org.quanze.casefile.domain.cause;

import org.quanze.casefile.domain.CaseCategory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * 案由目录: the catalogue of civil causes (民事案件案由), criminal charges (罪名) and
 * administrative causes (行政案件案由), loaded from {@value #DEFAULT_RESOURCE}.
 *
 * <h2>Sources</h2>
 * <ul>
 *   <li>Civil: 最高人民法院《民事案件案由规定》(2020 revision, 法〔2020〕347号, in force
 *       2021-01-01): its eleven parts (部分) as level 1, the second-level causes as
 *       level 2, the common third-level causes as level 3 and, where the 规定 splits a
 *       third-level cause further (e.g. 借款合同纠纷 → 民间借贷纠纷), the fourth level as
 *       level 4. The file holds the common causes, not all 473 third-level ones.</li>
 *   <li>Criminal: common charges (罪名) grouped under the ten chapters of 刑法分则 as
 *       level 1; the sections (节) of chapters 3 and 6 are flattened. A selective charge
 *       (选择性罪名, e.g. 走私、贩卖、运输、制造毒品罪) has the forms courts write in a
 *       judgment (贩卖毒品罪 …) as level 3.</li>
 *   <li>Administrative: by kind of administrative act (行政诉讼法 第12条): the kind
 *       (行政处罚, 行政强制, 行政许可 …) as level 1 and its common sub-kinds below.</li>
 * </ul>
 *
 * <h2>Code scheme</h2>
 * A level-1 code is a category letter plus an ordinal: {@code C} civil (C1 = 第一部分
 * 人格权纠纷 … C11 = 第十一部分), {@code X} criminal (刑, X2 = 刑法分则第二章),
 * {@code A} administrative. Each deeper level appends a dot and a zero-padded ordinal
 * within its parent: 2 digits at level 2, 3 digits at level 3, 2 digits at level 4
 * ({@code C4.01.022.03} = 合同、准合同纠纷 / 合同纠纷 / 借款合同纠纷 / 民间借贷纠纷).
 * The ordinals are ours, in the order of the source; they are <em>not</em> the
 * official serial numbers of the 规定, and a code, once published, must never be reused
 * for another cause.
 *
 * <h2>Integrity</h2>
 * Loading fails, listing every problem, unless: codes are unique; every parent exists,
 * is one level up, is of the same category, and is the code's prefix; a root's letter
 * matches its category; sibling names are unique. Names alone are not unique: the
 * 规定 repeats a name at two levels (不当得利纠纷, 侵权责任纠纷), so
 * {@link #findByName(String)} returns a list.
 */
public final class CauseCatalogue {

    /** Classpath location of the shipped catalogue. */
    public static final String DEFAULT_RESOURCE = "/casefile/causes.csv";

    static final String[] HEADER = {"code", "name", "level", "parent_code", "category"};

    private static final Map<CaseCategory, String> ROOT_LETTER = Map.of(
            CaseCategory.CIVIL, "C",
            CaseCategory.CRIMINAL, "X",
            CaseCategory.ADMINISTRATIVE, "A");

    private final Map<String, Cause> byCode;
    private final Map<String, List<Cause>> childrenByParent;

    private CauseCatalogue(List<Cause> causes) {
        List<String> problems = new ArrayList<>();
        Map<String, Cause> codes = new LinkedHashMap<>();
        for (Cause cause : causes) {
            if (codes.putIfAbsent(cause.code(), cause) != null) {
                problems.add("duplicate code " + cause.code());
            }
        }
        Map<String, List<Cause>> children = new LinkedHashMap<>();
        Set<String> siblingNames = new HashSet<>();
        for (Cause cause : codes.values()) {
            checkPlacement(cause, codes, problems);
            if (!siblingNames.add(cause.parentCode() + "|" + cause.name())) {
                problems.add("name " + cause.name() + " appears twice under " + cause.parentCode());
            }
            if (!cause.isRoot()) {
                children.computeIfAbsent(cause.parentCode(), k -> new ArrayList<>()).add(cause);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid cause catalogue: " + String.join("; ", problems));
        }
        this.byCode = Collections.unmodifiableMap(codes);
        children.replaceAll((k, v) -> List.copyOf(v));
        this.childrenByParent = Collections.unmodifiableMap(children);
    }

    private static void checkPlacement(Cause cause, Map<String, Cause> codes, List<String> problems) {
        if (cause.isRoot()) {
            String letter = ROOT_LETTER.get(cause.category());
            if (letter == null || !cause.code().matches(letter + "\\d+")) {
                problems.add("root " + cause.code() + " does not fit category " + cause.category());
            }
            return;
        }
        Cause parent = codes.get(cause.parentCode());
        if (parent == null) {
            problems.add(cause.code() + ": parent " + cause.parentCode() + " does not exist");
            return;
        }
        if (parent.level() != cause.level() - 1) {
            problems.add(cause.code() + ": level " + cause.level() + " under a level-" + parent.level() + " parent");
        }
        if (parent.category() != cause.category()) {
            problems.add(cause.code() + ": category differs from parent " + parent.code());
        }
        if (!cause.code().matches(java.util.regex.Pattern.quote(parent.code()) + "\\.\\d+")) {
            problems.add(cause.code() + ": code must be parent code " + parent.code() + " + '.' + ordinal");
        }
    }

    /** Loads the catalogue shipped on the classpath. */
    public static CauseCatalogue loadDefault() {
        InputStream in = CauseCatalogue.class.getResourceAsStream(DEFAULT_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + DEFAULT_RESOURCE);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads and validates a catalogue in the CSV form {@code code,name,level,parent_code,category}
     * (UTF-8, header required, empty parent_code at level 1). The caller closes the reader.
     *
     * @throws IllegalArgumentException when the header, a row or the tree is invalid
     */
    public static CauseCatalogue load(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
        List<Cause> causes = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            if (!parser.getHeaderNames().equals(List.of(HEADER))) {
                throw new IllegalArgumentException("cause CSV header must be " + String.join(",", HEADER)
                        + " but was " + String.join(",", parser.getHeaderNames()));
            }
            for (CSVRecord row : parser) {
                causes.add(toCause(row));
            }
        }
        return new CauseCatalogue(causes);
    }

    private static Cause toCause(CSVRecord row) {
        try {
            String parent = row.get("parent_code");
            return new Cause(row.get("code"), row.get("name"), Integer.parseInt(row.get("level")),
                    parent.isEmpty() ? null : parent, CaseCategory.parse(row.get("category")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cause CSV line " + row.getRecordNumber() + ": " + e.getMessage(), e);
        }
    }

    public Optional<Cause> findByCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Causes with exactly this name, most specific (deepest) first, because that is the
     * one a case is filed under when the 规定 repeats a name at two levels.
     */
    public List<Cause> findByName(String name) {
        return byCode.values().stream()
                .filter(c -> c.name().equals(name))
                .sorted(Comparator.comparingInt(Cause::level).reversed())
                .toList();
    }

    /** Direct children in catalogue order; empty for a leaf or an unknown code. */
    public List<Cause> childrenOf(String code) {
        return childrenByParent.getOrDefault(code, List.of());
    }

    /** Level-1 groups of one category, in catalogue order. */
    public List<Cause> roots(CaseCategory category) {
        return byCode.values().stream().filter(c -> c.isRoot() && c.category() == category).toList();
    }

    /**
     * Names from the level-1 group down to the cause itself, e.g. for 民间借贷纠纷:
     * [合同、准合同纠纷, 合同纠纷, 借款合同纠纷, 民间借贷纠纷]. Empty for an unknown code.
     */
    public List<String> pathOf(String code) {
        List<String> names = new ArrayList<>();
        for (Cause c = byCode.get(code); c != null; c = c.isRoot() ? null : byCode.get(c.parentCode())) {
            names.add(c.name());
        }
        Collections.reverse(names);
        return List.copyOf(names);
    }

    /** Every cause, in catalogue order. */
    public List<Cause> all() {
        return List.copyOf(byCode.values());
    }

    public int size() {
        return byCode.size();
    }
}
