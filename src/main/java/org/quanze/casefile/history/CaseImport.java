package org.quanze.casefile.history;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.quanze.authority.DataScope;
import org.quanze.casefile.domain.CaseFlag;
import org.quanze.casefile.domain.cause.CauseCatalogue;
import org.quanze.organization.CourtView;
import org.quanze.organization.Organization;
import org.quanze.shared.DomainException;
import org.quanze.shared.DomainException.FieldError;
import org.quanze.shared.Recorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 历史案件导入 — loads a file of past cases into the case file in one transaction: every row checked in Java while
 * the file streams into a PostgreSQL COPY staging table, then set-based upserts by 案号 (a large file none of whose
 * cases is stored yet streams straight into the case table instead, see {@link Bulk}). A file with any bad row
 * stores nothing and names every bad row (up to {@value #MAX_LISTED_ERRORS}); re-importing a file changes nothing.
 * Each import is one trail event carrying the file's SHA-256 and the counts.
 */
@Service
public class CaseImport {

    /** Errors listed in the answer; beyond this the answer says how many more there are. */
    static final int MAX_LISTED_ERRORS = 1000;

    private static final String STAGING_COLUMNS = """
            row_no, case_number, year, seq, court_id, court_code, case_type, category, procedure, status, cause_code,
            cause_name, claim_amount, filed_on, handler_id, department_id, tried_by, deadline_on, suspended_days, extended,
            closed_on, close_method, archived_on, appealed, upper_outcome, review_result, hearing_live_streamed,
            judgment_published, retrial_applied, appeal_on, transferred_on, original_case_number, circumstances""";

    /** The facts an import owns; a case whose facts all equal the file's is "unchanged". */
    private static final String FACTS = """
            year, seq, court_id, court_code, case_type, category, procedure, status, cause_code, cause_name,
            claim_amount, filed_on, handler_id, department_id, tried_by, deadline_on, suspended_days, extended, closed_on,
            close_method, archived_on, appealed, upper_outcome, review_result, hearing_live_streamed, judgment_published,
            retrial_applied, appeal_on, transferred_on, original_case_number, circumstances""";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseImportRow.Causes causes = new CaseImportRow.Causes(CauseCatalogue.loadDefault());

    CaseImport(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions, Organization organization,
               ApplicationEventPublisher events, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    /** Progress of a running import, reported every few thousand rows (a background job shows it). */
    public interface Progress {
        Progress NONE = new Progress() { };

        default void started(long expectedRows) { }

        default void rows(long done, long errors) { }

        /** VALIDATING while the file streams, WRITING during the set-based upsert. */
        default void phase(String phase) { }
    }

    /**
     * Imports {@code file} for a person whose import power covers {@code scope}; answers when it is committed, or
     * refuses (422 {@code import.cases.invalid}) listing the bad rows with nothing stored.
     */
    public CaseImportResult run(byte[] file, String fileName, DataScope scope, Progress progress) {
        long start = System.nanoTime();
        long expected = countLines(file);
        progress.started(expected);
        Map<String, Long> courts = new HashMap<>();
        for (CourtView c : organization.courts()) courts.put(c.code(), c.id());
        CaseImportRow.Lookups lookups = new CaseImportRow.Lookups(courts, organization.staffIdsByNumber(),
                scope::coversCourt, causes, LocalDate.now(clock));
        // Read before the COPY opens: the import's connection can run nothing else while a COPY is in progress.
        Map<Long, Long> departments = organization.departmentsOfStaff();
        CaseImportResult result = transaction.execute(status -> load(file, fileName, lookups, departments, progress, start,
                expected >= largeImport));
        // A year or more of cases: ready for statistics at once — fresh planner statistics and a set visibility map —
        // rather than left to autovacuum, which would otherwise run just when the first figures are asked for.
        if (result.created() + result.updated() >= LARGE_IMPORT && !TransactionSynchronizationManager.isActualTransactionActive()) {
            jdbc.sql("VACUUM (ANALYZE) casefile.case_file").update();
        }
        return result;
    }

    private static final int LARGE_IMPORT = 50_000;
    /** Rows from which an import goes the large way ({@link Bulk}); tests lower it to take that way with a few rows. */
    int largeImport = LARGE_IMPORT;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CaseImport.class);

    /**
     * A large import writes without the case tables' secondary indexes and the members' foreign key, and rebuilds them
     * once at the end: building an index from sorted rows is far cheaper than a million random insertions into it, and
     * one set-based check of the key cheaper than a trigger per row. All in the import's transaction, so a failed
     * import leaves the tables and their indexes as they were (the tables are locked meanwhile: a history load is an
     * offline task). The per-statement change log of the case facts (V13) would copy every row; one "everything
     * changed" entry is written instead.
     */
    private record Bulk(List<String> indexes, List<String> keys, List<String> triggers) {

        private static final String TABLES = "'casefile.case_file'::regclass, 'casefile.trial_member'::regclass";

        static Bulk begin(JdbcClient jdbc) {
            jdbc.sql("SET LOCAL maintenance_work_mem = '512MB'").update();
            List<String> indexes = jdbc.sql("""
                    SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i
                    WHERE i.indrelid IN (%s) AND NOT i.indisprimary AND NOT i.indisunique
                    ORDER BY i.indexrelid""".formatted(TABLES)).query(String.class).list();
            List<String> keys = jdbc.sql("""
                    SELECT format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
                    FROM pg_constraint WHERE conrelid = 'casefile.trial_member'::regclass AND contype = 'f'
                    ORDER BY conname""").query(String.class).list();
            List<String> triggers = jdbc.sql("""
                    SELECT tgname FROM pg_trigger WHERE tgrelid = 'casefile.case_file'::regclass AND tgname LIKE 'case_fact_%'
                    """).query(String.class).list();
            jdbc.sql("""
                    SELECT format('DROP INDEX %s', i.indexrelid::regclass) FROM pg_index i
                    WHERE i.indrelid IN (%s) AND NOT i.indisprimary AND NOT i.indisunique""".formatted("%s", TABLES))
                    .query(String.class).list().forEach(drop -> jdbc.sql(drop).update());
            jdbc.sql("""
                    SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname)
                    FROM pg_constraint WHERE conrelid = 'casefile.trial_member'::regclass AND contype = 'f'""")
                    .query(String.class).list().forEach(drop -> jdbc.sql(drop).update());
            for (String t : triggers) jdbc.sql("ALTER TABLE casefile.case_file DISABLE TRIGGER " + t).update();
            return new Bulk(indexes, keys, triggers);
        }

        void end(JdbcClient jdbc) {
            for (String t : triggers) jdbc.sql("ALTER TABLE casefile.case_file ENABLE TRIGGER " + t).update();
            if (!triggers.isEmpty()) jdbc.sql("INSERT INTO casefile.case_fact_change (case_id) VALUES (NULL)").update();
            for (String create : indexes) jdbc.sql(create).update();
            for (String add : keys) jdbc.sql(add).update();
        }
    }

    private CaseImportResult load(byte[] file, String fileName, CaseImportRow.Lookups lookups,
                                  Map<Long, Long> departments, Progress progress,
                                  long start, boolean large) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Staged staged;
        try {
            try (Statement st = connection.createStatement()) {
                // A history load is re-runnable from its file, so the commit need not wait for the WAL flush.
                st.execute("SET LOCAL synchronous_commit = off");
                st.execute("SET LOCAL work_mem = '64MB'");
            }
            if (large) {
                // Straight into the case table when none of the file's cases is stored yet (a first load): a clash
                // with a stored case number breaks the COPY at once, and the import goes the staging way instead,
                // the indexes and key back as they were (a re-import or a file of corrections changes few rows).
                Savepoint before = connection.setSavepoint();
                try {
                    Bulk bulk = Bulk.begin(jdbc);
                    // the tables are locked since Bulk.begin: every id above this one is this import's
                    long lastId = jdbc.sql("SELECT coalesce(max(id), 0) FROM casefile.case_file").query(Long.class).single();
                    staged = copy(connection, "casefile.case_file (" + STAGING_COLUMNS.replace("row_no", "imported") + ")",
                            true, file, lookups, departments, progress);
                    if (staged.errorCount() > 0) throw invalid(staged.errors(), staged.errorCount());
                    return direct(file, fileName, staged, bulk, lastId, progress, start);
                } catch (SQLException e) {
                    if (!"23505".equals(e.getSQLState())) throw e;
                    connection.rollback(before);
                    progress.phase("VALIDATING");
                }
            }
            try (Statement st = connection.createStatement()) {
                st.execute("CREATE TEMP TABLE case_import_staging (" + """
                        row_no int, case_number text, year int, seq int, court_id bigint, court_code text,
                        case_type text, category text, procedure text, status text, cause_code text, cause_name text,
                        claim_amount numeric(18,2), filed_on date, handler_id bigint, department_id bigint, tried_by text,
                        deadline_on date,
                        suspended_days int, extended boolean, closed_on date, close_method text, archived_on date,
                        appealed boolean, upper_outcome text, review_result text, hearing_live_streamed boolean,
                        judgment_published text,
                        retrial_applied boolean, appeal_on date, transferred_on date, original_case_number text,
                        circumstances text[]
                        ) ON COMMIT DROP""");
                st.execute("CREATE TEMP TABLE case_import_changed (id bigint, handler_id bigint) ON COMMIT DROP");
            }
            staged = copy(connection, "case_import_staging (" + STAGING_COLUMNS + ")", false, file, lookups, departments,
                    progress);
        } catch (SQLException e) {
            throw new IllegalStateException("history import staging failed: " + e.getMessage(), e);
        }
        if (staged.errorCount() > 0) throw invalid(staged.errors(), staged.errorCount());

        progress.phase("WRITING");
        long staging = System.nanoTime();
        jdbc.sql("ANALYZE case_import_staging").update();
        refuseClashesWithStoredCases();

        int updated = jdbc.sql("""
                WITH changed AS (
                    UPDATE casefile.case_file c SET (%1$s) = (%2$s), version = c.version + 1
                    FROM case_import_staging s
                    WHERE c.case_number = s.case_number AND (%3$s) IS DISTINCT FROM (%2$s)
                    RETURNING c.id, c.handler_id)
                INSERT INTO case_import_changed (id, handler_id) SELECT id, handler_id FROM changed
                """.formatted(FACTS, prefixed("s.", FACTS), prefixed("c.", FACTS))).update();
        if (updated > 0) {
            // 变更承办人: the old handling judge leaves the trial organisation with a reason, the new one joins.
            jdbc.sql("""
                    UPDATE casefile.trial_member m SET active = false, reason = '历史数据导入更正承办人'
                    FROM case_import_changed ch
                    WHERE m.case_id = ch.id AND m.active AND m.role = 'HANDLING' AND m.staff_id <> ch.handler_id
                    """).update();
            jdbc.sql("""
                    INSERT INTO casefile.trial_member (case_id, staff_id, role, reason)
                    SELECT ch.id, ch.handler_id, 'HANDLING', '历史数据导入' FROM case_import_changed ch
                    WHERE NOT EXISTS (SELECT 1 FROM casefile.trial_member m WHERE m.case_id = ch.id AND m.active
                                      AND m.role = 'HANDLING' AND m.staff_id = ch.handler_id)
                    """).update();
        }
        int created = jdbc.sql("""
                WITH created AS (
                    INSERT INTO casefile.case_file (case_number, %1$s, imported)
                    SELECT case_number, %1$s, true FROM case_import_staging ORDER BY row_no
                    ON CONFLICT (case_number) DO NOTHING
                    RETURNING id, handler_id)
                INSERT INTO casefile.trial_member (case_id, staff_id, role, reason)
                SELECT id, handler_id, 'HANDLING', '历史数据导入' FROM created
                """.formatted(FACTS)).update();
        long written = System.nanoTime();
        // 案号 continue after the highest imported sequence (法〔2015〕137号 第10条: numbered in order of filing).
        jdbc.sql("""
                INSERT INTO casefile.case_number_counter (court_code, case_type, year, last)
                SELECT court_code, case_type, year, max(seq) FROM case_import_staging GROUP BY court_code, case_type, year
                ON CONFLICT (court_code, case_type, year)
                DO UPDATE SET last = GREATEST(casefile.case_number_counter.last, excluded.last)
                """).update();

        return finish(file, fileName, staged, created, updated, progress, start, staging, written);
    }

    /** Streams the file through the row checks into a COPY to {@code target}. */
    private Staged copy(Connection connection, String target, boolean direct, byte[] file, CaseImportRow.Lookups lookups,
            Map<Long, Long> departments, Progress progress) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + target + " FROM STDIN");
        try {
            return stream(file, lookups, departments, new CopyBuffer(copy, departments, direct), progress);
        } finally {
            if (copy.isActive()) copy.cancelCopy();
        }
    }

    /** After a COPY straight into the case table: the handling judges, the 案号 counters, indexes and keys. */
    private CaseImportResult direct(byte[] file, String fileName, Staged staged, Bulk bulk, long lastId, Progress progress,
            long start) {
        progress.phase("WRITING");
        long staging = System.nanoTime();
        String mine = "c.id > " + lastId; // the rows this import's COPY wrote
        jdbc.sql("""
                INSERT INTO casefile.trial_member (case_id, staff_id, role, reason)
                SELECT c.id, c.handler_id, 'HANDLING', '历史数据导入' FROM casefile.case_file c WHERE %s ORDER BY c.id
                """.formatted(mine)).update();
        long written = System.nanoTime();
        bulk.end(jdbc);
        jdbc.sql("""
                INSERT INTO casefile.case_number_counter (court_code, case_type, year, last)
                SELECT court_code, case_type, year, max(seq) FROM casefile.case_file c WHERE %s
                GROUP BY court_code, case_type, year
                ON CONFLICT (court_code, case_type, year)
                DO UPDATE SET last = GREATEST(casefile.case_number_counter.last, excluded.last)
                """.formatted(mine)).update();
        return finish(file, fileName, staged, staged.rows(), 0, progress, start, staging, written);
    }

    /** The trail event and the answer. */
    private CaseImportResult finish(byte[] file, String fileName, Staged staged, int created, int updated,
            Progress progress, long start, long staging, long written) {
        int unchanged = staged.rows() - created - updated;
        List<String> ignored = staged.ignoredColumns();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("file", fileName == null ? "" : fileName);
        changes.put("sha256", sha256(file));
        changes.put("rows", staged.rows());
        changes.put("created", created);
        changes.put("updated", updated);
        changes.put("unchanged", unchanged);
        changes.put("unmatchedCauses", staged.unmatchedCauses());
        events.publishEvent(Recorded.of("IMPORT_CASES", "FILE", sha256(file).substring(0, 16), changes));
        progress.phase("DONE");
        log.info("history import of {} rows: checked and staged in {} ms, written in {} ms, indexes and keys {} ms",
                staged.rows(), (staging - start) / 1_000_000, (written - staging) / 1_000_000,
                (System.nanoTime() - written) / 1_000_000);
        return new CaseImportResult(staged.rows(), created, updated, unchanged, staged.computedDeadlines(),
                staged.unmatchedCauses(), List.copyOf(staged.unmatchedNames()), ignored,
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * A case filed in quanze itself is never overwritten by history, and a number's parts (court, type, year,
     * sequence) may not repeat under another spelling (e.g. with a special-trial code).
     */
    private void refuseClashesWithStoredCases() {
        List<FieldError> errors = new ArrayList<>();
        jdbc.sql("""
                SELECT s.row_no, c.case_number, c.imported, c.case_number = s.case_number AS same_number
                FROM case_import_staging s
                JOIN casefile.case_file c ON c.court_code = s.court_code AND c.case_type = s.case_type
                     AND c.year = s.year AND c.seq = s.seq
                WHERE c.case_number <> s.case_number OR NOT c.imported
                ORDER BY s.row_no
                """).query(rs -> {
                    errors.add(new FieldError(rs.getInt("row_no"), "case_number", rs.getBoolean("same_number")
                            ? "案号「" + rs.getString("case_number") + "」已在本系统立案，不能以历史数据覆盖"
                            : "案号的年度、法院、类型和编号与已有案号「" + rs.getString("case_number") + "」相同（法〔2015〕137号 第10条）"));
                });
        if (!errors.isEmpty()) {
            throw invalid(errors.subList(0, Math.min(errors.size(), MAX_LISTED_ERRORS)), errors.size());
        }
    }

    private record Staged(int rows, List<FieldError> errors, int errorCount, int computedDeadlines, int unmatchedCauses,
                          Set<String> unmatchedNames, List<String> ignoredColumns) {
    }

    /** Reads, checks and copies the rows; stops copying at the first bad row but goes on checking to list them all. */
    private Staged stream(byte[] file, CaseImportRow.Lookups lookups, Map<Long, Long> departments, CopyBuffer out,
                          Progress progress)
            throws SQLException {
        List<FieldError> listed = new ArrayList<>();
        int errorCount = 0;
        int rows = 0;
        int computed = 0;
        int unmatched = 0;
        Set<String> unmatchedNames = new LinkedHashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader(file)).setFormat(format).get()) {
            Map<String, Integer> index = new HashMap<>();
            List<String> header = parser.getHeaderNames();
            for (int i = 0; i < header.size(); i++) {
                index.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            List<String> ignored = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .filter(h -> !CaseImportRow.COLUMNS.contains(h)).toList();
            for (String column : CaseImportRow.REQUIRED) {
                if (!index.containsKey(column)) listed.add(new FieldError(0, column, "缺少必需的列「" + column + "」"));
            }
            if (!listed.isEmpty()) return new Staged(0, listed, listed.size(), 0, 0, Set.of(), ignored);

            Map<String, Integer> seen = new HashMap<>();
            List<FieldError> rowErrors = new ArrayList<>();
            for (CSVRecord record : parser) {
                int rowNo = ++rows;
                Function<String, String> field = column -> {
                    Integer i = index.get(column);
                    return i == null || i >= record.size() ? "" : record.get(i);
                };
                rowErrors.clear();
                Optional<CaseImportRow> checked = CaseImportRow.check(rowNo, field, lookups, rowErrors);
                if (checked.isPresent()) {
                    CaseImportRow row = checked.get();
                    String key = row.number().courtCode() + "|" + row.type().code() + "|" + row.number().year() + "|"
                            + row.number().sequence();
                    Integer first = seen.putIfAbsent(key, rowNo);
                    if (first != null) {
                        rowErrors.add(new FieldError(rowNo, "case_number", "案号「" + row.number() + "」与第 " + first
                                + " 行重复（法〔2015〕137号 第10条：一案一号）"));
                    } else {
                        if (row.deadlineComputed()) computed++;
                        if (row.causeUnmatched()) {
                            unmatched++;
                            if (unmatchedNames.size() < 20) unmatchedNames.add(row.causeName());
                        }
                        if (errorCount == 0) out.write(row);
                    }
                }
                if (!rowErrors.isEmpty()) {
                    if (errorCount == 0) out.cancel();
                    errorCount += rowErrors.size();
                    for (FieldError e : rowErrors) if (listed.size() < MAX_LISTED_ERRORS) listed.add(e);
                }
                if ((rowNo & 4095) == 0) progress.rows(rowNo, errorCount);
            }
            progress.rows(rows, errorCount);
            if (errorCount == 0) out.finish();
            return new Staged(rows, listed, errorCount, computed, unmatched, unmatchedNames, ignored);
        } catch (IOException | UncheckedIOException | IllegalArgumentException malformed) {
            out.cancel();
            listed.add(new FieldError(rows + 1, "*", "文件不是有效的 UTF-8 CSV（逗号分隔、首行为列名）：" + rootMessage(malformed)));
            return new Staged(rows, listed, errorCount + 1, 0, 0, Set.of(), List.of());
        }
    }

    private static Reader reader(byte[] file) {
        int offset = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF
                ? 3 : 0;
        return new InputStreamReader(new ByteArrayInputStream(file, offset, file.length - offset),
                StandardCharsets.UTF_8.newDecoder());
    }

    /** Data rows, roughly (line count less the header), for the progress bar before parsing starts. */
    static long countLines(byte[] file) {
        long lines = 0;
        for (byte b : file) if (b == '\n') lines++;
        if (file.length > 0 && file[file.length - 1] != '\n') lines++;
        return Math.max(0, lines - 1);
    }

    static DomainException invalid(List<FieldError> listed, int total) {
        return DomainException.importRefused("import.cases.invalid", listed, total);
    }

    private static String prefixed(String prefix, String columns) {
        return String.join(", ", java.util.Arrays.stream(columns.split(",")).map(c -> prefix + c.strip()).toList());
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return String.valueOf(root.getMessage());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Rows in PostgreSQL's COPY text format, sent in blocks of about 256 KB. A case belongs to its handling judge's
     * division (承办部门), as the division chief's data scope and the statistics by 庭室 expect.
     */
    private static final class CopyBuffer {
        private final CopyIn copy;
        private final Map<Long, Long> departments;
        private final StringBuilder text = new StringBuilder(300_000);
        private boolean cancelled;

        /** Straight into the case table: the first column is {@code imported} (true), not the row number. */
        private final boolean direct;

        CopyBuffer(CopyIn copy, Map<Long, Long> departments, boolean direct) {
            this.copy = copy;
            this.departments = departments;
            this.direct = direct;
        }

        void write(CaseImportRow r) throws SQLException {
            if (direct) text.append('t').append('\t');
            else text.append(r.rowNo()).append('\t');
            value(r.number().toString());
            text.append(r.number().year()).append('\t').append(r.number().sequence()).append('\t')
                    .append(r.courtId()).append('\t');
            value(r.number().courtCode());
            value(r.type().code());
            value(r.type().category().name());
            value(r.procedure().name());
            value(r.status());
            value(r.causeCode());
            value(r.causeName());
            value(r.claimAmount() == null ? null : r.claimAmount().toPlainString());
            value(r.filedOn().toString());
            text.append(r.handlerId()).append('\t');
            Long department = departments.get(r.handlerId());
            text.append(department == null ? "\\N" : department.toString()).append('\t');
            value(r.triedBy());
            value(r.deadlineOn() == null ? null : r.deadlineOn().toString());
            text.append(r.suspendedDays()).append('\t').append(r.extended() ? 't' : 'f').append('\t');
            value(r.closedOn() == null ? null : r.closedOn().toString());
            value(r.closeMethod());
            value(r.archivedOn() == null ? null : r.archivedOn().toString());
            text.append(r.appealed() ? 't' : 'f').append('\t');
            value(r.upperOutcome());
            value(r.reviewResult());
            text.append(r.hearingLiveStreamed() ? 't' : 'f').append('\t');
            value(r.judgmentPublished());
            text.append(r.retrialApplied() ? 't' : 'f').append('\t');
            value(r.appealOn() == null ? null : r.appealOn().toString());
            value(r.transferredOn() == null ? null : r.transferredOn().toString());
            value(r.originalCaseNumber());
            flags(r.flags());
            text.setCharAt(text.length() - 1, '\n'); // the last field ends the line, not with a tab
            if (text.length() > 250_000) flush();
        }

        /** The case facts as a text[] literal of code names ({FOREIGN_RELATED,RULING_APPEAL}), kept in enum order. */
        private void flags(Set<CaseFlag> flags) {
            text.append('{');
            boolean first = true;
            for (CaseFlag f : flags) {
                if (!first) text.append(',');
                text.append(f.name());
                first = false;
            }
            text.append('}').append('\t');
        }

        private void value(String s) {
            if (s == null) text.append("\\N");
            else escape(s);
            text.append('\t');
        }

        private void escape(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            text.setLength(0);
        }

        void finish() throws SQLException {
            flush();
            copy.endCopy();
        }

        void cancel() {
            if (cancelled) return;
            cancelled = true;
            text.setLength(0);
            try {
                if (copy.isActive()) copy.cancelCopy();
            } catch (SQLException ignored) {
                // the transaction is rolled back anyway
            }
        }
    }
}
