package org.quanze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Gives the test JVM's embedded PostgreSQL a new, empty data directory, so each run starts from first start. */
public class FreshDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("quanze-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("fresh-data-dir", java.util.Map.of("quanze.data-dir", DIR.toString())));
    }
}
