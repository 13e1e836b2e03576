package org.quanze.statistics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.quanze.Browser;

/**
 * Screenshots of pages at the size of a court office's laptop (1366×768), for a person to look at; taken only when the
 * system property {@code quanze.screenshots} names a file prefix ({@code -Dquanze.screenshots=/tmp/statspages-}).
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static void save(Browser browser, String name) {
        String prefix = System.getProperty("quanze.screenshots");
        if (prefix == null || prefix.isBlank()) return;
        Dimension before = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(1366, 768));
        try {
            byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
            Files.write(Path.of(prefix + name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }
}
