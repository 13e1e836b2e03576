package org.quanze.casefile.history;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.quanze.authority.DataScope;
import org.quanze.shared.DomainException;
import org.quanze.shared.DomainException.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * 后台导入任务 — history imports running in the background, kept in memory by id so a person may leave the page and
 * come back. The caller's sign-in and import scope are captured when the job is submitted, because the security
 * context is bound to the request thread; the worker runs the import as that person, so the trail names them.
 * Jobs do not survive a restart (the import itself is all-or-nothing, so a lost job stored nothing or everything).
 */
@Component
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    /** Finished jobs kept for the list; the oldest go first. */
    static final int KEPT = 50;

    private final CaseImport imports;
    private final Clock clock;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger threads = new AtomicInteger();
    // Two workers on a two-core machine: a third import would only slow the other two down.
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "case-import-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    ImportJobs(CaseImport imports, Clock clock) {
        this.imports = imports;
        this.clock = clock;
    }

    public enum Status { RUNNING, DONE, FAILED }

    /** Starts an import in the background and returns at once. */
    public Job submit(byte[] file, String fileName, DataScope scope, Authentication caller) {
        Job job = new Job(UUID.randomUUID().toString(), caller.getName(), fileName == null ? "" : fileName,
                Instant.now(clock));
        jobs.put(job.id, job);
        forgetOld();
        workers.execute(() -> {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(caller);
            SecurityContextHolder.setContext(context);
            try {
                job.result = imports.run(file, fileName, scope, job);
                job.status = Status.DONE;
            } catch (DomainException refused) {
                job.message = refused.getMessage();
                job.errors = refused.errors();
                job.status = Status.FAILED;
            } catch (RuntimeException e) {
                log.error("History import {} failed", job.id, e);
                job.message = "导入失败：" + e.getMessage();
                job.status = Status.FAILED;
            } finally {
                job.finishedAt = Instant.now(clock);
                SecurityContextHolder.clearContext();
            }
        });
        return job;
    }

    public Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Newest first. */
    public List<Job> list() {
        return jobs.values().stream().sorted(Comparator.comparing((Job j) -> j.startedAt).reversed()).toList();
    }

    private void forgetOld() {
        List<Job> finished = jobs.values().stream().filter(j -> j.status != Status.RUNNING)
                .sorted(Comparator.comparing((Job j) -> j.startedAt)).toList();
        for (int i = 0; i < finished.size() - KEPT; i++) jobs.remove(finished.get(i).id);
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** One import: who started it, how far it is, and its result or refusal. */
    public static final class Job implements CaseImport.Progress {
        private final String id;
        private final String owner;
        private final String fileName;
        private final Instant startedAt;
        private volatile Status status = Status.RUNNING;
        private volatile String phase = "VALIDATING";
        private volatile long total;
        private volatile long done;
        private volatile long errorsSoFar;
        private volatile Instant finishedAt;
        private volatile CaseImportResult result;
        private volatile String message;
        private volatile List<FieldError> errors = List.of();

        Job(String id, String owner, String fileName, Instant startedAt) {
            this.id = id;
            this.owner = owner;
            this.fileName = fileName;
            this.startedAt = startedAt;
        }

        @Override
        public void started(long expectedRows) { total = expectedRows; }

        @Override
        public void rows(long rowsDone, long errorCount) {
            done = rowsDone;
            errorsSoFar = errorCount;
            if (rowsDone > total) total = rowsDone;
        }

        @Override
        public void phase(String name) { phase = name; }

        public String id() { return id; }

        public String owner() { return owner; }

        public Status status() { return status; }

        public boolean running() { return status == Status.RUNNING; }

        /** The snapshot the API answers and the page shows. */
        public View view(Instant now) {
            Instant end = finishedAt == null ? now : finishedAt;
            double seconds = Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
            int percent = total == 0 ? (status == Status.RUNNING ? 0 : 100) : (int) Math.min(100, done * 100 / total);
            return new View(id, "/api/v1/imports/jobs/" + id, owner, fileName, status, phase, total, done, percent,
                    Math.round(done / seconds), errorsSoFar, startedAt, finishedAt, result, message, errors);
        }
    }

    /**
     * A job as answered: {@code rate} is rows per second; {@code errors} lists the bad rows of a refused file.
     */
    public record View(String id, String address, String owner, String fileName, Status status, String phase,
                       long total, long done, int percent, long rate, long errorsSoFar, Instant startedAt,
                       Instant finishedAt, CaseImportResult result, String message, List<FieldError> errors) {

        private static final java.time.format.DateTimeFormatter SHOWN =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneId.of("Asia/Shanghai"));

        /** Start time as shown on the page, in court time. */
        public String startedText() {
            return SHOWN.format(startedAt);
        }
    }
}
