package org.quanze.shared.web;

import java.io.Serializable;
import java.util.List;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A success message that says what was done ("已记录第 12 号干预司法记录"), carried across the redirect after a POST
 * and shown once by the layout above the page ({@code #flash}). Usage in a controller:
 * <pre>{@code
 * Flash.done(redirect, "ir.recorded", id);
 * return "redirect:/interference";
 * }</pre>
 *
 * @param key  message key (Chinese and English bundles)
 * @param args its arguments, already formatted (numbers, case numbers, names)
 */
public record Flash(String key, List<Object> args) implements Serializable {

    /** Model and flash attribute the layout reads. */
    public static final String ATTRIBUTE = "flash";

    public static void done(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute(ATTRIBUTE, new Flash(key, List.of(args)));
    }

    /** The arguments as the Thymeleaf {@code #messages.msgWithParams} wants them. */
    public Object[] argArray() {
        return args.toArray();
    }
}
