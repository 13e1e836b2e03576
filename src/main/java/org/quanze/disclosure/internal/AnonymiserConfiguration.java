package org.quanze.disclosure.internal;

import org.quanze.disclosure.domain.Anonymiser;
import org.quanze.disclosure.domain.HanLpNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One anonymiser for the application; HanLP's dictionaries load on its first question, not at start-up. */
@Configuration(proxyBeanMethods = false)
class AnonymiserConfiguration {

    @Bean
    Anonymiser anonymiser() {
        return new Anonymiser(new HanLpNames());
    }
}
