package org.quanze;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** quanze (权责) — trial management and judicial responsibility platform. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QuanzeApplication {

    public static void main(String[] args) {
        if (args.length > 0 && org.quanze.trail.TrailOfflineCheck.COMMAND.equals(args[0])) {
            // the supervision office's offline check of an exported trail: no Spring, no database
            System.exit(org.quanze.trail.TrailOfflineCheck.run(
                    java.util.Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        SpringApplication.run(QuanzeApplication.class, args);
    }
}
