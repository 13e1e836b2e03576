package org.quanze.platform;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock the domain reads; business dates are taken in the configured zone (Asia/Shanghai). */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(QuanzeProperties properties) {
        return Clock.system(properties.zone());
    }
}
