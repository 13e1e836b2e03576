package org.quanze.platform;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quanze.authority.PowerDenied;
import org.quanze.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The API's errors as RFC 9457 problem+json: a domain refusal keeps its status, its message in the caller's
 * language, the rule that refused (power list) and every bad field or row ({@code errors}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    static final String TYPE = "https://quanze.org/problems/";

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(e.status()),
                messages.getMessage("error." + e.code(), e.args(), e.getMessage(), locale));
        problem.setType(URI.create(TYPE + e.code()));
        problem.setTitle(messages.getMessage("title." + e.status(), null, HttpStatus.valueOf(e.status()).getReasonPhrase(), locale));
        if (!e.errors().isEmpty()) problem.setProperty("errors", e.errors());
        if (e instanceof PowerDenied denied) problem.setProperty("rule", denied.ruleCode());
        return ResponseEntity.status(e.status()).body(problem);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException e, Locale locale) {
        return domain(new DomainException(409, "stale", "数据已被他人修改，请刷新后重试"), locale);
    }

    /** The database out of reach (down, or no connection within the pool's timeout): 503, try again shortly. */
    @ExceptionHandler({org.springframework.dao.DataAccessResourceFailureException.class,
            org.springframework.dao.TransientDataAccessResourceException.class,
            org.springframework.transaction.CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e, Locale locale) {
        org.slf4j.LoggerFactory.getLogger(ApiProblems.class).warn("Database unavailable: {}", e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER)
                .body(DatabaseUnavailable.problem(messages, locale));
    }

    /** An unexpected failure is logged with its cause and answered as a 500 problem, without internals. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e, jakarta.servlet.http.HttpServletRequest request,
            Locale locale) {
        if (DatabaseUnavailable.causedBy(e)) return databaseUnavailable(e, locale);
        org.slf4j.LoggerFactory.getLogger(ApiProblems.class).error("Unexpected failure of {}", request.getRequestURI(), e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误，已记录日志");
        problem.setType(URI.create(TYPE + "internal"));
        problem.setTitle("内部错误");
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "请求体不是有效的 JSON 或字段类型不符: " + rootMessage(ex));
        problem.setType(URI.create(TYPE + "malformed"));
        problem.setTitle("请求格式错误");
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "reason", String.valueOf(f.getDefaultMessage())))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "字段校验未通过");
        problem.setType(URI.create(TYPE + "invalid"));
        problem.setTitle("请求内容有误");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
