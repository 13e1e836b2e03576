package org.quanze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Each module numbers its Flyway migrations ({@code db/migration/<module>}) in its own version ranges, so that two
 * helpers adding a migration to two modules at the same time never pick the same version (Flyway refuses a duplicate
 * version at start; {@code out-of-order} lets a module's new migration be lower than another's last). Applied
 * migrations are never renamed — a database that ran them would refuse to start — so a module keeps the range its
 * applied migrations lie in and gets a new one for what comes next. The table below is the one declaration; README
 * ("Migrations") and the comment in application.yml point here. A new module takes the next free block of ten from
 * V110 and adds its line.
 */
class MigrationVersionsTests {

    /** From (inclusive) and to (exclusive), as major versions: {@code [3, 4)} holds V3, V3_1 … V3_99. */
    record Range(int from, int to) {
        boolean holds(int[] version) {
            return version[0] >= from && version[0] < to;
        }

        boolean overlaps(Range other) {
            return from < other.to && other.from < to;
        }

        @Override
        public String toString() {
            return to == from + 1 ? "V" + from + ".x" : "V" + from + "–V" + (to - 1);
        }
    }

    /** The ranges by migration folder: where applied migrations lie first, then the range for the next ones. */
    static final Map<String, List<Range>> RANGES = Map.ofEntries(
            Map.entry("modulith", List.of(new Range(1, 2))),
            Map.entry("trail", List.of(new Range(2, 3))),
            // V3, V3_1 applied first, then V32, V33_x (which lay in no declared range); next: V34–V39
            Map.entry("authority", List.of(new Range(3, 4), new Range(32, 40))),
            Map.entry("organization", List.of(new Range(4, 10))),
            Map.entry("casefile", List.of(new Range(10, 30))),
            // V30, V30_1 applied (inside casefile's old claim V10–V30); next: V30_x or V40–V44
            Map.entry("deliberation", List.of(new Range(30, 31), new Range(40, 45))),
            // V31 applied; next: V31_x or V45–V49
            Map.entry("supervision", List.of(new Range(31, 32), new Range(45, 50))),
            Map.entry("evaluation", List.of(new Range(50, 60))),
            Map.entry("review", List.of(new Range(60, 70))),
            Map.entry("disclosure", List.of(new Range(70, 80))),
            Map.entry("portal", List.of(new Range(80, 90))),
            Map.entry("accountability", List.of(new Range(90, 100))),
            Map.entry("statistics", List.of(new Range(100, 110))));

    private static final Pattern MIGRATION = Pattern.compile(".*/db/migration/([^/]+)/V([0-9]+(?:[._][0-9]+)*)__[^/]*\\.sql");

    record Migration(String folder, String file, int[] version) {
        /** Flyway compares versions part by part with missing parts as 0: V1 and V1_0 are the same version. */
        String key() {
            int n = version.length;
            while (n > 1 && version[n - 1] == 0) n--;
            return Arrays.toString(Arrays.copyOf(version, n));
        }
    }

    static List<Migration> migrations() throws IOException {
        List<Migration> all = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*/V*.sql")) {
            Matcher m = MIGRATION.matcher(r.getURL().toString());
            if (!m.matches()) throw new IllegalStateException("not a versioned migration name: " + r.getURL());
            int[] version = Arrays.stream(m.group(2).split("[._]")).mapToInt(Integer::parseInt).toArray();
            all.add(new Migration(m.group(1), r.getFilename(), version));
        }
        return all;
    }

    @Test
    void migrationsAreFound() throws IOException {
        assertThat(migrations()).extracting(Migration::file).contains("V10__casefile.sql", "V50__evaluation.sql");
    }

    @Test
    void everyMigrationLiesInItsModulesRange() throws IOException {
        List<String> outside = new ArrayList<>();
        for (Migration m : migrations()) {
            List<Range> ranges = RANGES.get(m.folder());
            if (ranges == null) {
                outside.add(m.folder() + "/" + m.file() + ": the folder has no version range (declare the next free block"
                        + " of ten from V110 in MigrationVersionsTests.RANGES and the README)");
            } else if (ranges.stream().noneMatch(r -> r.holds(m.version()))) {
                outside.add(m.folder() + "/" + m.file() + " lies outside " + ranges);
            }
        }
        assertThat(outside).as("migrations outside their module's version range").isEmpty();
    }

    @Test
    void noTwoMigrationsShareAVersion() throws IOException {
        Map<String, List<String>> byVersion = new HashMap<>();
        for (Migration m : migrations()) byVersion.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m.folder() + "/" + m.file());
        assertThat(byVersion.values().stream().filter(files -> files.size() > 1).toList())
                .as("migrations sharing a version").isEmpty();
    }

    @Test
    void noTwoModulesShareARange() {
        List<String> overlaps = new ArrayList<>();
        List<String> folders = RANGES.keySet().stream().sorted().toList();
        for (int i = 0; i < folders.size(); i++) {
            for (int j = i + 1; j < folders.size(); j++) {
                for (Range a : RANGES.get(folders.get(i))) {
                    for (Range b : RANGES.get(folders.get(j))) {
                        if (a.overlaps(b)) overlaps.add(folders.get(i) + " " + a + " and " + folders.get(j) + " " + b);
                    }
                }
            }
        }
        assertThat(overlaps).isEmpty();
    }

    /** The test itself: a range check that holds nothing would let everything through. */
    @Test
    void aVersionOutsideTheRangeIsCaught() {
        assertThat(RANGES.get("deliberation").stream().anyMatch(r -> r.holds(new int[] {31}))).as("V31 is supervision's").isFalse();
        assertThat(RANGES.get("deliberation").stream().anyMatch(r -> r.holds(new int[] {30, 2}))).isTrue();
        assertThat(RANGES.get("casefile").stream().anyMatch(r -> r.holds(new int[] {30}))).isFalse();
        assertThat(new Migration("x", "V1_0__a.sql", new int[] {1, 0}).key())
                .isEqualTo(new Migration("y", "V1__b.sql", new int[] {1}).key());
    }
}
