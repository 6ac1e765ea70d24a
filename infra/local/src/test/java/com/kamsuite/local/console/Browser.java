package com.kamsuite.local.console;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * A real headless Chromium, Debian's {@code chromium} and {@code chromium-driver} (or those named by
 * {@code KAM_CHROMIUM} and {@code KAM_CHROMEDRIVER}); Selenium Manager is never asked to download one. Where no
 * browser is installed the test is skipped and says why. A failing test leaves a screenshot and the page source in
 * {@code target/browser-failures}; {@link #screenshot} keeps pictures of the pages in {@code target/screenshots}.
 */
final class Browser implements AfterTestExecutionCallback, AfterEachCallback {

    static final Path FAILURES = Path.of("target", "browser-failures");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private WebDriver driver;

    /** Starts the browser, its Accept-Language {@code language} (e.g. zh-CN, en); it is closed after the test. */
    Browser start(String language) {
        Path chromium = executable("KAM_CHROMIUM", "/usr/bin/chromium");
        Path chromedriver = executable("KAM_CHROMEDRIVER", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1440,1000", "--lang=" + language);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        return this;
    }

    private static Path executable(String variable, String debianPath) {
        String named = System.getenv(variable);
        Path path = Path.of(named == null || named.isBlank() ? debianPath : named);
        Assumptions.assumeTrue(Files.isExecutable(path), () -> "No " + path + " here (install Debian's chromium and "
                + "chromium-driver, as .ci/run does, or set " + variable + "): the console's browser tests are skipped");
        return path;
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(By by) {
        return until(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    String text(By by) {
        return find(by).getText();
    }

    <T> T until(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition);
    }

    void screenshot(String name) {
        save(SCREENSHOTS, name);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver != null) {
            save(FAILURES, context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
        }
    }

    private void save(Path directory, String name) {
        try {
            Files.createDirectories(directory);
            File picture = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(picture.toPath(), directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(directory.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
