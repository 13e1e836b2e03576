package org.quanze;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** quanze (权责) — trial management and judicial responsibility platform. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QuanzeApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuanzeApplication.class, args);
    }
}
