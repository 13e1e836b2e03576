package org.quanze.platform;

import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database cannot be reached (down, restarting, or no connection free within the pool's timeout): the answer is
 * 503 — never 401 or 500 — and the same request succeeds again once the database is back.
 */
final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before trying again. */
    static final String RETRY_AFTER = "5";

    private DatabaseUnavailable() {}

    /** Whether the failure, or one of its causes, is the database being out of reach. */
    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    static ProblemDetail problem(MessageSource messages, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage("database.unavailable.detail", null, "数据库暂时无法访问，请稍后重试", locale));
        problem.setType(URI.create(ApiProblems.TYPE + "database.unavailable"));
        problem.setTitle(messages.getMessage("database.unavailable.title", null, "服务暂不可用", locale));
        return problem;
    }
}
