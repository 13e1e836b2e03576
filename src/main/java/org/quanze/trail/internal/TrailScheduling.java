package org.quanze.trail.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduled work, for the periodic trail checkpoint. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TrailScheduling {
}
