package org.quanze.disclosure.internal;

import org.quanze.disclosure.domain.Anonymiser;
import org.quanze.disclosure.domain.HanLpNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** One anonymiser for the application; HanLP's dictionaries load on first use, not at start-up. */
@Configuration(proxyBeanMethods = false)
class AnonymiserConfiguration {

    @Bean
    @Lazy
    Anonymiser anonymiser() {
        return new Anonymiser(new HanLpNames());
    }
}
