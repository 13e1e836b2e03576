package org.quanze.platform;

import java.lang.reflect.Method;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The bean {@code labels}: an enum constant by its name in the person's language, {@code ${@labels.of(a)}} — the
 * message {@code enum.<Type>.<NAME>}, else the constant's Chinese {@code label()}, else its name.
 * {@code MessagesCompletenessTests} holds every {@code Labelled} enum and {@code Action} to both bundles.
 */
@Component("labels")
class EnumLabels {

    private final MessageSource messages;

    EnumLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String of(Enum<?> constant) {
        if (constant == null) return "";
        String key = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
        return messages.getMessage(key, null, chinese(constant), LocaleContextHolder.getLocale());
    }

    private static String chinese(Enum<?> constant) {
        try {
            Method label = constant.getDeclaringClass().getMethod("label");
            return String.valueOf(label.invoke(constant));
        } catch (ReflectiveOperationException e) {
            return constant.name();
        }
    }
}
