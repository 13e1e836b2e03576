package org.quanze;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver, installed by bin/test and .ci/run), driven by
 * Selenium against the running application. A click that leaves the page — a link, or the submit of a form the
 * browser will send — returns only once that page is gone ({@link NavigationWait}), so no test reads the page it was
 * leaving, whichever way it clicks.
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
        // a command while a dialog is open fails without answering it: only the test decides (Browser.confirm)
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("quanze.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        this.driver = new EventFiringDecorator<WebDriver>(new NavigationWait(chrome)).decorate(chrome);
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

    /** Clicks what submits a form; like every click that leaves the page, it returns once that page is gone. */
    public void submit(By button) {
        driver.findElement(button).click();
    }

    /**
     * After a click that leaves the page (a link elsewhere, or the submit of a form the browser will send), waits until
     * that page is gone; where the form asks for confirmation first (data-confirm), until it is gone after the dialog
     * is accepted. A click that stays (a download, HTMX, a dismissed dialog) costs at most the wait and fails nothing.
     */
    public static final class NavigationWait implements WebDriverListener {

        /** Whether a click on the element leaves the page; evaluated in the page before the click. */
        private static final String LEAVES = """
                var e = arguments[0];
                var a = e.closest('a[href]');
                if (a) {
                  var h = a.getAttribute('href');
                  return !(h.startsWith('#') || h.startsWith('javascript:') || a.hasAttribute('hx-get')
                      || a.hasAttribute('download') || a.target === '_blank');
                }
                var b = e.closest('button, input[type=submit], input[type=image]');
                if (!b || b.type !== 'submit' && b.type !== 'image' || !b.form) return false;
                if (b.form.hasAttribute('hx-post') || b.form.hasAttribute('hx-get') || b.hasAttribute('hx-post')) return false;
                return b.form.noValidate || b.formNoValidate || b.form.checkValidity();
                """;

        private final ChromeDriver raw;
        private WebElement leaving;

        private NavigationWait(ChromeDriver raw) {
            this.raw = raw;
        }

        @Override
        public void beforeClick(WebElement element) {
            leaving = Boolean.TRUE.equals(raw.executeScript(LEAVES, element)) ? element : null;
        }

        @Override
        public void afterClick(WebElement element) {
            awaitGone();
        }

        @Override
        public void afterAccept(Alert alert) {
            awaitGone();
        }

        private void awaitGone() {
            if (leaving == null) return;
            try {
                new WebDriverWait(raw, Duration.ofSeconds(20)).until(d -> {
                    try {
                        d.switchTo().alert();
                        return true; // the page stays until the dialog is answered: wait again after accept
                    } catch (NoAlertPresentException none) {
                        // no dialog: is the page still there?
                    }
                    try {
                        leaving.isEnabled();
                        return false;
                    } catch (WebDriverException gone) {
                        leaving = null;
                        return true;
                    }
                });
            } catch (TimeoutException stayed) {
                leaving = null;
            }
        }
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
