package org.quanze.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page for what no controller answered itself — an unknown address (404), a refusal by the security filters
 * (403, e.g. an expired form), a failure (500): the reason in the person's language and a way back, never the
 * address typed, a stack trace or a class name ({@code server.error.include-*} stay off).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages implements ErrorViewResolver {

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Object> shown = new HashMap<>();
        shown.put("status", status.value());
        shown.put("title", title(messages, status.value(), locale));
        shown.put("message", messages.getMessage("error.status." + status.value(), null,
                messages.getMessage(status.is5xxServerError() ? "error.status.500" : "error.status.400", null, locale), locale));
        return new ModelAndView("error", shown, status);
    }

    /** The heading of an error page or problem: 无此权力, 未找到, 系统出错 … */
    static String title(MessageSource messages, int status, Locale locale) {
        return messages.getMessage("title." + status, null,
                messages.getMessage(status >= 500 ? "title.500" : "title.400", null, locale), locale);
    }
}
