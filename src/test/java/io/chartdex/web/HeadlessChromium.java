package io.chartdex.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium session driven by Debian's chromedriver, in a fresh profile that is deleted
 * on close. Missing binaries fail the test with how to install them ({@link BrowserSession} skips
 * only on an explicit {@code -DskipBrowserTests}). Binary paths can be moved with {@code
 * -Dchromium.binary=} and {@code -Dchromedriver.binary=}. Not thread-safe: one test thread drives
 * it.
 */
final class HeadlessChromium implements AutoCloseable {
  static final Dimension DESKTOP = new Dimension(1280, 800);
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final Path profile;
  private final ChromeDriver driver;

  private HeadlessChromium(Path profile, ChromeDriver driver) {
    this.profile = profile;
    this.driver = driver;
  }

  /** Starts the browser, or fails with how to install it when it is not installed. */
  static HeadlessChromium start() throws IOException {
    Path chromium = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    Path chromedriver = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    for (Path binary : new Path[] {chromium, chromedriver}) {
      if (!Files.isExecutable(binary)) {
        fail(
            binary
                + " is missing: the browser test needs headless Chromium. Install it with"
                + " `apt-get install -y chromium chromium-driver` (Debian), or skip the browser"
                + " tests explicitly with -DskipBrowserTests");
      }
    }
    Path profile = Files.createTempDirectory("chartdex-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(chromedriver.toString()))
            .usingAnyFreePort()
            .build();
    return new HeadlessChromium(profile, new ChromeDriver(service, options));
  }

  WebDriver driver() {
    return driver;
  }

  /** Runs a script in the page and returns its value. */
  Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /**
   * Waits (up to 20 s) until the condition returns a non-null, non-false value; elements the page
   * redraws meanwhile are looked up again.
   */
  <T> T await(String what, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT)
        .withMessage(what)
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  /** Sizes the window so that the page's viewport (not the window) has this size. */
  void resize(Dimension viewport) {
    List<?> frame =
        (List<?>)
            script(
                "return [window.outerWidth - window.innerWidth,"
                    + " window.outerHeight - window.innerHeight]");
    int width = viewport.width + ((Number) frame.get(0)).intValue();
    int height = viewport.height + ((Number) frame.get(1)).intValue();
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** Saves a PNG of the viewport. */
  void screenshot(Path target) throws IOException {
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Files.write(target, png);
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }
}
