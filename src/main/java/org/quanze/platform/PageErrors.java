package org.quanze.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.quanze.authority.PowerDenied;
import org.quanze.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages show a refusal as a message in the person's language (Chinese by default). An HTMX request gets just the
 * message fragment, swapped where the page asked.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, Locale locale, HttpServletResponse response,
            jakarta.servlet.http.HttpServletRequest request) {
        response.setStatus(e.status());
        boolean htmx = request.getHeader("HX-Request") != null;
        ModelAndView view = new ModelAndView(htmx ? "error :: message" : "error");
        view.addObject("status", e.status());
        view.addObject("message", messages.getMessage("error." + e.code(), e.args(), e.getMessage(), locale));
        view.addObject("errors", e.errors());
        view.addObject("rule", e instanceof PowerDenied denied ? denied.ruleCode() : null);
        if (htmx) response.setHeader("HX-Reswap", "innerHTML");
        return view;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView stale(Locale locale, HttpServletResponse response, jakarta.servlet.http.HttpServletRequest request) {
        return domain(new DomainException(409, "stale", "数据已被他人修改，请刷新后重试"), locale, response, request);
    }
}
