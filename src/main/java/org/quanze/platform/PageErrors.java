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
    private final LayoutAdvice layout;

    PageErrors(MessageSource messages, LayoutAdvice layout) {
        this.messages = messages;
        this.layout = layout;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, Locale locale, HttpServletResponse response,
            jakarta.servlet.http.HttpServletRequest request) {
        response.setStatus(e.status());
        boolean htmx = request.getHeader("HX-Request") != null;
        ModelAndView view = new ModelAndView(htmx ? "error :: message" : "error");
        view.addObject("status", e.status());
        view.addObject("title", ErrorPages.title(messages, e.status(), locale));
        view.addObject("message", messages.getMessage("error." + e.code(), shown(e.args()), e.getMessage(), locale));
        view.addObject("errors", e.errors());
        view.addObject("rule", e instanceof PowerDenied denied ? denied.ruleCode() : null);
        if (htmx) response.setHeader("HX-Reswap", "innerHTML");
        else layout.addTo(view, request);
        return view;
    }

    /**
     * A refusal's arguments as a page may show them: a text someone typed (a 10 MB "case number") is cut to its
     * first characters, so a 404 never echoes the input back.
     */
    static Object[] shown(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof CharSequence text && text.length() > SHOWN_CHARACTERS) {
                out[i] = text.subSequence(0, SHOWN_CHARACTERS) + "…";
            }
        }
        return out;
    }

    /** Longer than any case number (（2026）吉0102民初12345号 is 20), name or power-list rule text worth repeating. */
    private static final int SHOWN_CHARACTERS = 100;

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView stale(Locale locale, HttpServletResponse response, jakarta.servlet.http.HttpServletRequest request) {
        return domain(new DomainException(409, "stale", "数据已被他人修改，请刷新后重试"), locale, response, request);
    }
}
