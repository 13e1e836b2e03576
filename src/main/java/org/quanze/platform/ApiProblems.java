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

    /**
     * A refusal of the domain in the caller's language. A 404 never echoes what was sent (issue 10): when the message
     * would quote text the caller gave (an unknown case number …), it says only "not found"; and the problem's
     * instance is the operation's path template, not the path requested.
     */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e, Locale locale, jakarta.servlet.http.HttpServletRequest request) {
        String title = messages.getMessage("title." + e.status(), null, HttpStatus.valueOf(e.status()).getReasonPhrase(), locale);
        boolean quotesInput = e.status() == 404 && quotesRequest(e.args(), request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(e.status()),
                quotesInput ? title : messages.getMessage("error." + e.code(), e.args(), e.getMessage(), locale));
        problem.setType(URI.create(TYPE + e.code()));
        problem.setTitle(title);
        if (request.getAttribute(org.springframework.web.servlet.HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String template) {
            problem.setInstance(URI.create(template.replace("{", "%7B").replace("}", "%7D")));
        }
        if (!e.errors().isEmpty()) problem.setProperty("errors", e.errors());
        if (e instanceof PowerDenied denied) problem.setProperty("rule", denied.ruleCode());
        return ResponseEntity.status(e.status()).body(problem);
    }

    /** Whether a message argument repeats text of the request's address (an unknown case number in the path …). */
    private static boolean quotesRequest(Object[] args, jakarta.servlet.http.HttpServletRequest request) {
        String sent;
        try {
            sent = java.net.URLDecoder.decode(request.getRequestURI() + "?" + java.util.Objects.toString(request.getQueryString(), ""),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException undecodable) {
            return true; // cannot tell: say only "not found"
        }
        return java.util.Arrays.stream(args).anyMatch(a -> a instanceof CharSequence text && !text.isEmpty()
                && sent.contains(text));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException e, Locale locale, jakarta.servlet.http.HttpServletRequest request) {
        return domain(new DomainException(409, "stale", "数据已被他人修改，请刷新后重试"), locale, request);
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
        if (dataException(e)) { // a value the database cannot store (class 22: out of range, bad character …)
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    messages.getMessage("request.outOfRange", null, "有字段的值超出允许的范围", locale));
            problem.setType(URI.create(TYPE + "invalid"));
            problem.setTitle(messages.getMessage("title.400", null, "请求有误", locale));
            return ResponseEntity.badRequest().body(problem);
        }
        org.slf4j.LoggerFactory.getLogger(ApiProblems.class).error("Unexpected failure of {}", request.getRequestURI(), e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误，已记录日志");
        problem.setType(URI.create(TYPE + "internal"));
        problem.setTitle("内部错误");
        return ResponseEntity.internalServerError().body(problem);
    }

    /**
     * A body that is not JSON, too long, or with a value of the wrong kind: 400 naming the field, in Chinese, never
     * with a Java class name or the value sent.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = null;
        boolean tooLarge = false;
        for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof tools.jackson.core.exc.StreamConstraintsException) tooLarge = true;
            if (field == null && t instanceof tools.jackson.core.JacksonException json && !json.getPath().isEmpty()) {
                field = fieldPath(json.getPath());
            }
        }
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        String detail = tooLarge
                ? messages.getMessage("request.tooLarge", null, "请求内容超出允许的长度", locale)
                : field != null
                        ? messages.getMessage("request.badField", new Object[] {field}, "字段 " + field + " 的值无效", locale)
                        : messages.getMessage("request.malformed", null, "请求体不是有效的 JSON", locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create(TYPE + (tooLarge ? "too-large" : "malformed")));
        problem.setTitle(messages.getMessage("title.400", null, "请求有误", locale));
        if (field != null) problem.setProperty("errors", List.of(Map.of("field", field, "reason", detail)));
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * Spring MVC's own refusals (unknown path, wrong parameter type, missing parameter, wrong method …) keep their
     * status but say so in the caller's language, naming the parameter and never echoing what was sent.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            String title = messages.getMessage("title." + statusCode.value(), null,
                    messages.getMessage("title.400", null, "请求有误", locale), locale);
            problem.setTitle(title);
            String parameter = ex instanceof org.springframework.beans.TypeMismatchException mismatch
                    ? mismatch.getPropertyName()
                    : ex instanceof org.springframework.web.bind.MissingServletRequestParameterException missing
                            ? missing.getParameterName() : null;
            problem.setDetail(parameter == null ? title
                    : messages.getMessage("request.badParameter", new Object[] {parameter}, "参数 " + parameter + " 的值无效或缺失", locale));
            if (parameter != null) problem.setProperty("errors", List.of(Map.of("field", parameter, "reason", problem.getDetail())));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static boolean dataException(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    private static String fieldPath(List<tools.jackson.core.JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (var reference : path) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) field.append('.');
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
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
}
