package org.quanze.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quanze.supervision.domain.SupervisionActionKind;

/**
 * Every kind of trail event has a label in Chinese and English (issue 9: no {@code ??action.X??} on the trail). The
 * codes are read from the source, from each {@code Recorded.of(…)}/{@code Recorded.onCase(…)}; a code built at run
 * time must be listed in {@link #COMPUTED} with what it can be, so a new one fails here until it is.
 */
class TrailActionLabelsTests {

    /** First arguments that are not literals, and the codes they can take. */
    private static final Map<String, List<String>> COMPUTED = Map.of(
            "\"CASE_\" + a.kind().name()", List.of("CASE_RANDOM", "CASE_DESIGNATED", "CASE_REASSIGNED"),
            "\"SUPERVISION_\" + kind.name()", Stream.of(SupervisionActionKind.values()).map(k -> "SUPERVISION_" + k.name()).toList(),
            "s.action().name()", Stream.of(org.quanze.disclosure.domain.PublicationAction.values()).map(Enum::name).toList(),
            // SchemeEditor.store(…, action, …) and OrganizationImports.recorded(action, …): literals at their callers
            "action", List.of("EVALUATION_SCHEME_ITEM_ADDED", "EVALUATION_SCHEME_ITEM_CHANGED",
                    "EVALUATION_SCHEME_ITEM_REMOVED", "IMPORT_COURTS", "IMPORT_STAFF"),
            // accountability: Proceedings writes each step a verb of the Proceeding aggregate recorded, step("…", …)
            "s.action()", literals("src/main/java/org/quanze/accountability/domain/Proceeding.java", "step\\(\"([A-Z_]+)\""));

    /** The codes a source file passes as literals in the given call pattern. */
    private static List<String> literals(String file, String pattern) {
        try {
            Matcher m = Pattern.compile(pattern).matcher(Files.readString(Path.of(file)));
            List<String> found = new ArrayList<>();
            while (m.find()) found.add(m.group(1));
            return found;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final Pattern CALL = Pattern.compile("Recorded\\.(?:of|onCase)\\(\\s*");
    private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z0-9_]+)\"");

    @Test
    void everyTrailEventCodeHasAChineseAndAnEnglishLabel() throws IOException {
        Set<String> codes = codesInSource();
        assertThat(codes).contains("CASE_FILED", "INTERFERENCE_RECORDED", "EVALUATION_COMPUTED");
        Properties zh = bundle("");
        Properties en = bundle("_en");
        List<String> missing = new ArrayList<>();
        for (String code : codes) {
            if (!zh.containsKey("action." + code)) missing.add("action." + code + " (zh)");
            if (!en.containsKey("action." + code)) missing.add("action." + code + " (en)");
        }
        assertThat(missing).as("labels missing in messages*.properties / i18n/*.properties").isEmpty();
    }

    static Set<String> codesInSource() throws IOException {
        Set<String> codes = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.endsWith("Recorded.java")) continue;
                String text = Files.readString(file);
                Matcher call = CALL.matcher(text);
                while (call.find()) {
                    String argument = firstArgument(text, call.end());
                    if (COMPUTED.containsKey(argument)) {
                        codes.addAll(COMPUTED.get(argument));
                        continue;
                    }
                    Matcher literal = CODE.matcher(argument);
                    boolean any = false;
                    while (literal.find()) {
                        codes.add(literal.group(1));
                        any = true;
                    }
                    if (!any || argument.contains("+")) unknown.add(file.getFileName() + ": " + argument);
                }
            }
        }
        assertThat(unknown).as("event codes computed at run time: list them in TrailActionLabelsTests.COMPUTED").isEmpty();
        return codes;
    }

    /** The text up to the first comma outside parentheses. */
    private static String firstArgument(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == ',' && depth == 0) return text.substring(from, i).strip().replaceAll("\\s+", " ");
        }
        throw new IllegalStateException("unterminated call at " + from);
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties all = new Properties();
        List<String> names = new ArrayList<>(List.of("messages"));
        try (Stream<Path> i18n = Files.list(Path.of("src/main/resources/i18n"))) {
            i18n.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> "i18n/" + n.substring(0, n.length() - ".properties".length())).forEach(names::add);
        }
        for (String name : names) {
            Path file = Path.of("src/main/resources", name + suffix + ".properties");
            if (!Files.exists(file)) continue;
            try (InputStream in = Files.newInputStream(file)) {
                all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return all;
    }
}
