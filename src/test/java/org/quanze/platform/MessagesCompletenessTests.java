package org.quanze.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quanze.authority.Action;
import org.quanze.authority.MenuGroup;
import org.quanze.authority.rules.Condition;
import org.quanze.authority.rules.PowerRule;
import org.quanze.authority.rules.SubjectKind;
import org.quanze.shared.DepartmentKind;
import org.quanze.supervision.domain.FlagSource;
import org.quanze.supervision.domain.FourKind;
import org.quanze.supervision.domain.InterferenceManner;
import org.quanze.supervision.domain.InterferenceOrigin;
import org.quanze.supervision.domain.ProtectionKind;
import org.quanze.supervision.domain.RiskLevel;
import org.quanze.supervision.domain.SupervisionActionKind;
import org.quanze.shared.Labelled;

/**
 * Every text people read comes from the bundles in both languages (petclinic's I18nPropertiesSyncTest, extended):
 * both bundles of each basename have the same keys; every key a template ({@code #{…}}) or the code
 * ({@code getMessage("…")}, {@code Flash.done(…, "…")}, {@code Crumb.of("…")}, menu entries) names exists in both;
 * every trail action the code records has its {@code action.*} label; every constant of an enum shown by its label
 * ({@link Labelled}, {@link Action}, {@link MenuGroup}) has its {@code enum.*} label in both.
 */
class MessagesCompletenessTests {

    static final Path JAVA = Path.of("src/main/java");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        List<String> differences = new ArrayList<>();
        for (String basename : basenames()) {
            Set<String> zh = load(basename + ".properties").stringPropertyNames();
            Set<String> en = load(basename + "_en.properties").stringPropertyNames();
            for (String k : new TreeSet<>(zh)) if (!en.contains(k)) differences.add(basename + "_en lacks " + k);
            for (String k : new TreeSet<>(en)) if (!zh.contains(k)) differences.add(basename + " (中文) lacks " + k);
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void everyKeyTheTemplatesAndTheCodeNameExists() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern templateKey = Pattern.compile("#\\{([A-Za-z][\\w.\\-]*)\\s*[}(]");
        Pattern templateMessagesCall = Pattern.compile("#messages\\.msg\\w*\\('([\\w.\\-]+)'");
        for (Path t : files(TEMPLATES, ".html")) collect(Files.readString(t), used, templateKey, templateMessagesCall);
        // our keys begin in lower case; Spring Security's own (AbstractUserDetailsAuthenticationProvider.…) are in its bundle
        Pattern javaKey = Pattern.compile(
                "(?:getMessage\\(\\s*|Flash\\.done\\(\\s*\\w+,\\s*|Crumb\\.of\\(\\s*|new MenuEntry\\(\\s*\\d+,\\s*)\"([a-z][\\w.\\-]*)\"");
        for (Path j : files(JAVA, ".java")) collect(Files.readString(j), used, javaKey);
        for (Path j : files(JAVA, ".java")) {
            for (String action : recordedActions(Files.readString(j))) used.add("action." + action);
        }
        assertThat(missing(used)).isEmpty();
    }

    @Test
    void everyEnumShownByItsLabelHasOneInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        List<Class<? extends Enum<?>>> shown = new ArrayList<>(List.of(Action.class, MenuGroup.class,
                // shown by @labels.of without being Labelled (supervision, power list, organisation pages)
                InterferenceOrigin.class, InterferenceManner.class, FourKind.class, FlagSource.class,
                ProtectionKind.class, RiskLevel.class, SupervisionActionKind.class, DepartmentKind.class,
                Condition.class, SubjectKind.class, PowerRule.Kind.class,
                // case and deliberation pages
                org.quanze.casefile.domain.Procedure.class, org.quanze.casefile.domain.diversion.Track.class,
                org.quanze.casefile.domain.diversion.Circumstance.class, org.quanze.casefile.domain.CaseFlag.class,
                org.quanze.casefile.domain.SuspensionReason.class, org.quanze.casefile.domain.ExtensionApprover.class,
                org.quanze.deliberation.domain.Specialty.class, org.quanze.deliberation.domain.TopicKind.class,
                org.quanze.deliberation.domain.VoteChoice.class));
        for (Path j : files(JAVA, ".java")) {
            String source = Files.readString(j);
            if (!Pattern.compile("enum \\w+[^{]*implements[^{]*\\bLabelled\\b").matcher(source).find()) continue;
            String name = JAVA.relativize(j).toString().replace('/', '.').replaceAll("\\.java$", "");
            try {
                @SuppressWarnings("unchecked")
                Class<? extends Enum<?>> type = (Class<? extends Enum<?>>) Class.forName(name);
                shown.add(type);
            } catch (ClassNotFoundException e) {
                throw new AssertionError(name, e);
            }
        }
        for (Class<? extends Enum<?>> type : shown) {
            for (Enum<?> constant : type.getEnumConstants()) {
                used.add(type == MenuGroup.class ? "menu.group." + constant.name() : "enum." + type.getSimpleName() + "." + constant.name());
            }
        }
        assertThat(missing(used)).isEmpty();
    }

    /** The literal actions of {@code Recorded.of(…)}, {@code Recorded.onCase(…)} and {@code new Recorded(…)}. */
    static Set<String> recordedActions(String source) {
        Set<String> actions = new TreeSet<>();
        Matcher call = Pattern.compile("(?:Recorded\\.of|Recorded\\.onCase|new Recorded)\\(").matcher(source);
        while (call.find()) {
            int depth = 0;
            int end = call.end();
            while (end < source.length()) {
                char c = source.charAt(end);
                if (c == '(') depth++;
                if (c == ')' && depth-- == 0) break;
                if (c == ',' && depth == 0) break;
                end++;
            }
            Matcher literal = Pattern.compile("\"([A-Z][A-Z0-9_]*[A-Z0-9])\"").matcher(source.substring(call.end(), end));
            while (literal.find()) actions.add(literal.group(1));
        }
        return actions;
    }

    private static List<String> missing(Set<String> keys) throws IOException {
        Properties zh = new Properties();
        Properties en = new Properties();
        for (String basename : basenames()) {
            zh.putAll(load(basename + ".properties"));
            en.putAll(load(basename + "_en.properties"));
        }
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (key.endsWith(".")) continue; // a prefix completed at run time ("error." + code): checked where it is built
            if (!zh.containsKey(key)) missing.add("中文 lacks " + key);
            if (!en.containsKey(key)) missing.add("English lacks " + key);
        }
        return missing;
    }

    private static void collect(String text, Set<String> into, Pattern... patterns) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) into.add(m.group(1));
        }
    }

    /** The basenames of {@code spring.messages.basename} in application.yml. */
    static List<String> basenames() throws IOException {
        Matcher m = Pattern.compile("basename:\\s*(\\S+)").matcher(Files.readString(RESOURCES.resolve("application.yml")));
        assertThat(m.find()).isTrue();
        return List.of(m.group(1).split(","));
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(Files.newInputStream(RESOURCES.resolve(file)), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
