package org.quanze.supervision.web;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The court's time zone for this module's pages, which show instants (when recorded, when asked) as local time. */
@ControllerAdvice(basePackageClasses = PageZone.class)
class PageZone {

    private final ZoneId zone;

    PageZone(@Value("${quanze.zone:Asia/Shanghai}") ZoneId zone) {
        this.zone = zone;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return zone;
    }
}
