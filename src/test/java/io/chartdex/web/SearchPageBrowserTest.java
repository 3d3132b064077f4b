package io.chartdex.web;

import static io.chartdex.web.SearchPage.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The search page in headless Chromium against the real server over the bundled samples: query,
 * highlights, facets, detail view, URL state, keyboard, narrow screens and errors.
 *
 * <p>With {@code -Dscreenshot=docs/screenshot.png} the first test also saves a 1280×800 screenshot
 * of the page there.
 */
@ExtendWith(BrowserSession.class)
class SearchPageBrowserTest {
  private static final String DECODING_STEPS_ID = "decoding-steps-heatmap.md";
  private static final String DECODING_STEPS_TITLE =
      "Output Token Position Index vs. Decoding Steps";
  private static final String AXIS_QUERY = "axis:\"Decoding Steps\"";

  @BeforeEach
  void desktopWindow(HeadlessChromium browser) {
    browser.resize(HeadlessChromium.DESKTOP);
  }

  @Test
  void axisQueryPutsTheDecodingStepsChartFirstWithItsLabelMarked(
      HeadlessChromium browser, ServedCharts served) throws IOException {
    SearchPage page = new SearchPage(browser, served).open("");

    page.search(AXIS_QUERY);

    WebElement first = page.hits().get(0);
    assertThat(first.getDomAttribute("data-id")).isEqualTo(DECODING_STEPS_ID);
    assertThat(first.findElement(By.cssSelector("a.hit-title")).getText())
        .isEqualTo(DECODING_STEPS_TITLE);
    assertThat(first.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Heatmap");
    assertThat(texts(first, ".axis"))
        .containsExactly("x: Decoding Steps 0–250", "y: Output Token Position Index 100–155");
    assertThat(texts(first, ".snippet mark")).contains("Decoding Steps");
    assertThat(page.urlParameters()).containsExactly("q=" + AXIS_QUERY);
    String screenshot = System.getProperty("screenshot");
    if (screenshot != null && !screenshot.isBlank()) {
      page.open("?q=accuracy");
      browser.screenshot(Path.of(screenshot));
    }
  }

  @Test
  void tickingTwoChartTypesKeepsBothCountsAndBackUndoesTheSecond(
      HeadlessChromium browser, ServedCharts served) {
    SearchPage page = new SearchPage(browser, served).open("");
    List<String> types = page.facetValues("type");
    String first = types.get(0);
    String second = types.get(1);
    int firstCount = page.facetCount("type", first);
    int secondCount = page.facetCount("type", second);

    page.tick("type", first).tick("type", second);

    assertThat(page.facetBox("type", first).isSelected()).isTrue();
    assertThat(page.facetBox("type", second).isSelected()).isTrue();
    assertThat(page.facetCount("type", first)).isEqualTo(firstCount);
    assertThat(page.facetCount("type", second)).isEqualTo(secondCount);
    int total = firstCount + secondCount;
    assertThat(page.status()).startsWith(showing(total));
    assertThat(page.urlParameters()).containsExactly("f.type=" + first, "f.type=" + second);

    browser.driver().navigate().back();
    page.awaitResults();
    assertThat(page.urlParameters()).containsExactly("f.type=" + first);
    assertThat(page.facetBox("type", second).isSelected()).isFalse();
    assertThat(page.status()).startsWith(showing(firstCount));
  }

  private static String showing(int total) {
    return "Showing 1–" + Math.min(10, total) + " of " + total + " charts";
  }

  @Test
  void openingAChartShowsItsWholeDescriptionAndEscapeClosesIt(
      HeadlessChromium browser, ServedCharts served) {
    WebDriver driver = browser.driver();
    SearchPage page = new SearchPage(browser, served).open("?q=" + encode(AXIS_QUERY));

    WebElement detail = page.openHit(0);

    assertThat(detail.findElement(By.id("detail-title")).getText()).isEqualTo(DECODING_STEPS_TITLE);
    assertThat(detail.findElement(By.cssSelector("pre.description")).getText())
        .startsWith("## Heatmap: Output Token Position Index vs. Decoding Steps\n### Overview")
        .contains("The x-axis represents decoding steps, ranging from 0 to 250.")
        .endsWith("is making minor adjustments or completing the process.");
    assertThat(texts(detail, ".detail-axes tbody tr").get(0))
        .isEqualTo("x Decoding Steps 0 250 25 linear");
    assertThat(page.urlParameters())
        .containsExactly("q=" + AXIS_QUERY, "detail=" + DECODING_STEPS_ID);

    new Actions(driver).sendKeys(Keys.ESCAPE).perform();
    browser.await("the detail view to close", d -> !page.detailOpen());
    // the dialog's close event updates the URL after the dialog is gone: wait for it, not a moment
    browser.await(
        "the URL to drop the detail", d -> page.urlParameters().equals(List.of("q=" + AXIS_QUERY)));

    driver.navigate().back();
    assertThat(page.awaitDetail().findElement(By.id("detail-title")).getText())
        .isEqualTo(DECODING_STEPS_TITLE);
  }

  @Test
  void sharedLinkOpensAChartWhoseIdContainsASlash(HeadlessChromium browser, ServedCharts served) {
    String id = "charxiv-described/charxiv-val-154.md";
    SearchPage page = new SearchPage(browser, served).open("?detail=" + encode(id));

    WebElement detail = page.awaitDetail();

    assertThat(texts(detail, ".facts dt")).startsWith("Type", "Id");
    assertThat(texts(detail, ".facts dd").get(1)).isEqualTo(id);
    assertThat(detail.findElement(By.cssSelector("pre.description")).getText()).isNotBlank();
  }

  @Test
  void slashFocusesTheSearchBoxAndArrowsChooseASuggestion(
      HeadlessChromium browser, ServedCharts served) {
    WebDriver driver = browser.driver();
    SearchPage page = new SearchPage(browser, served).open("");

    new Actions(driver).sendKeys("/").perform();
    assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("q");
    new Actions(driver).sendKeys("axis:\"Decod").perform();
    List<String> options =
        browser.await(
            "suggestions for axis:\"Decod",
            d -> {
              List<String> shown = texts(d, "#suggestions .suggestion-text");
              return shown.isEmpty() ? null : shown;
            });
    int index = options.indexOf("Decoding Steps");
    assertThat(index).as("suggestions %s", options).isNotNegative();
    for (int step = 0; step <= index; step++) {
      new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
    }
    assertThat(page.searchBox().getDomAttribute("aria-activedescendant"))
        .isEqualTo("suggestion-" + index);
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    page.awaitResults();

    assertThat(page.searchBox().getDomProperty("value")).isEqualTo(AXIS_QUERY);
    assertThat(page.hitIds().get(0)).isEqualTo(DECODING_STEPS_ID);
    assertThat(page.searchBox().getDomAttribute("aria-expanded")).isEqualTo("false");
  }

  @Test
  void axisFacetFilterBoxAndShowMoreReachBeyondTheTopValues(
      HeadlessChromium browser, ServedCharts served) {
    SearchPage page = new SearchPage(browser, served).open("");
    WebElement axisGroup =
        browser.driver().findElement(By.cssSelector("#facets section.facet[data-dim='axis']"));
    assertThat(page.facetValues("axis")).hasSize(10);

    axisGroup.findElement(By.cssSelector("button.more")).click();
    List<String> more =
        browser.await(
            "more axis values",
            d -> page.facetValues("axis").size() > 10 ? page.facetValues("axis") : null);
    assertThat(more).hasSizeGreaterThan(10);

    axisGroup.findElement(By.cssSelector(".facet-filter input")).sendKeys("decod");
    List<String> matching =
        browser.await(
            "axis values starting with decod",
            d -> {
              List<String> values = page.facetValues("axis");
              return values.contains("decoding steps") && values.size() < 10 ? values : null;
            });
    assertThat(matching).allMatch(value -> value.contains("decod"));
    page.facetBox("axis", "decoding steps").click();
    page.awaitResults();
    assertThat(page.urlParameters()).containsExactly("f.axis=decoding steps");
    assertThat(page.hitIds()).contains(DECODING_STEPS_ID);
  }

  @Test
  void pagerMovesThroughTheSamplesAndKeepsThePageInTheUrl(
      HeadlessChromium browser, ServedCharts served) {
    SearchPage page = new SearchPage(browser, served).open("");
    assertThat(page.status()).startsWith("Showing 1–10 of 63 charts");
    List<String> firstPage = page.hitIds();

    browser.driver().findElement(By.cssSelector("#pager a[aria-label='Next page']")).click();
    page.awaitResults();

    assertThat(page.status()).startsWith("Showing 11–20 of 63 charts");
    assertThat(page.urlParameters()).containsExactly("page=2");
    assertThat(page.hitIds()).hasSize(10).doesNotContainAnyElementsOf(firstPage);
    assertThat(browser.driver().findElement(By.cssSelector("#pager [aria-current=page]")).getText())
        .isEqualTo("2");
    browser.driver().navigate().back();
    page.awaitResults();
    assertThat(page.hitIds()).isEqualTo(firstPage);
  }

  @Test
  void apiErrorIsShownInThePage(HeadlessChromium browser, ServedCharts served) {
    SearchPage page = new SearchPage(browser, served).open("?range.x=abc..");

    assertThat(page.error())
        .isEqualTo("Error bad_request (HTTP 400): range.x bound is not a number: \"abc\"");
    assertThat(page.status()).isEqualTo("The search failed.");
    assertThat(page.hits()).isEmpty();

    page.open("").search("axis:(decoding");
    assertThat(page.error())
        .isEqualTo(
            "Error invalid_query (HTTP 400): Cannot parse 'axis:(decoding':"
                + " Encountered \"<EOF>\" at line 1, column 14.");
  }

  @Test
  void narrowScreenKeepsTheFiltersBehindAToggle(HeadlessChromium browser, ServedCharts served) {
    browser.resize(new Dimension(600, 900));
    SearchPage page = new SearchPage(browser, served).open("");
    WebDriver driver = browser.driver();
    WebElement toggle = driver.findElement(By.id("filters-toggle"));

    assertThat(driver.findElement(By.id("sidebar")).isDisplayed()).isFalse();
    toggle.click();

    assertThat(driver.findElement(By.id("sidebar")).isDisplayed()).isTrue();
    assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
    assertThat(page.hits()).hasSize(10);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
