package org.quanze.platform;

import java.time.ZoneId;
import org.quanze.shared.web.CourtDates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bean {@code fmt} templates format dates and times with: {@code ${@fmt.date(x)}}, {@code ${@fmt.dateTime(x)}}. */
@Configuration(proxyBeanMethods = false)
class PageFormats {

    @Bean("fmt")
    CourtDates fmt(@Value("${quanze.zone:Asia/Shanghai}") ZoneId zone) {
        return new CourtDates(zone);
    }
}
