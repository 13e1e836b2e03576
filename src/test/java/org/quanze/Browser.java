package org.quanze;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver, installed by bin/test and .ci/run), driven by
 * Selenium against the running application.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;

    public Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("quanze.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("quanze.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        this.base = "http://localhost:" + port;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public void signIn(String user, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        // the next open() must not overtake the login POST on a busy machine: wait until the form has answered
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().equals(base + "/login"));
    }

    /** Clicks what submits a form and waits until the page it was on is gone (a later find must not see that page). */
    public void submit(By button) {
        WebElement element = driver.findElement(button);
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(stale(element));
    }

    /**
     * Gone from the page: stale, or — while Chromium swaps documents — an inspector error about a node that no longer
     * belongs to the document, which Selenium's own staleness condition does not count.
     */
    public static ExpectedCondition<Boolean> stale(WebElement element) {
        return d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        };
    }

    /** Accepts the confirm dialog an irreversible action opens (签发, 结案, 归档). */
    public static void confirm(Browser browser) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
    }

    /** Saves what the window shows as a PNG (for checking a page by eye). */
    public void screenshot(String file) {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        try {
            java.nio.file.Files.write(java.nio.file.Path.of(file), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The element's text; found again when the page it was found on is replaced while it is read (a submit's answer). */
    public String text(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(by).getText());
    }

    public String pageText() {
        return text(By.tagName("body"));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
