package io.chartdex.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * web/embed-example.html served from another origin than the chartdex server, with its {@code
 * <chartdex-search>} widget pointed at the server: what a test types and reads inside the widget's
 * shadow root. Searches wait until the widget's {@code data-search} names the request. Not
 * thread-safe.
 */
final class EmbedPage {
  private final HeadlessChromium browser;
  private final WebDriver driver;

  private EmbedPage(HeadlessChromium browser) {
    this.browser = browser;
    this.driver = browser.driver();
  }

  /** Loads the example page from the other origin and waits for the widget's first search. */
  static EmbedPage open(HeadlessChromium browser, ServedCharts served) {
    EmbedPage page = new EmbedPage(browser);
    String endpoint = URLEncoder.encode(served.chartdex(), StandardCharsets.UTF_8);
    page.driver.get(served.otherOrigin() + "embed-example.html?endpoint=" + endpoint);
    page.awaitSearch("size=5&facetLimit=8&facets=type%2Cmodel");
    return page;
  }

  WebElement widget() {
    return driver.findElement(By.id("widget"));
  }

  SearchContext shadow() {
    return widget().getShadowRoot();
  }

  WebElement input() {
    return shadow().findElement(By.cssSelector("input[type=search]"));
  }

  /** Types a query, presses Enter and waits for its results. */
  EmbedPage search(String query) {
    input().sendKeys(query, Keys.ENTER);
    return awaitSearch("q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
  }

  /** Waits until the widget shows the answer to a request whose parameters contain this text. */
  EmbedPage awaitSearch(String parameters) {
    browser.await(
        "the widget to answer " + parameters,
        d -> {
          WebElement widget = widget();
          String search = widget.getDomAttribute("data-search");
          return "false".equals(widget.getDomAttribute("aria-busy"))
              && search != null
              && search.contains(parameters);
        });
    return this;
  }

  List<WebElement> hits() {
    return shadow().findElements(By.cssSelector("li.hit"));
  }

  WebElement facetBox(String dimension, String value) {
    return shadow().findElements(By.cssSelector("input[type=checkbox]")).stream()
        .filter(box -> dimension.equals(box.getDomAttribute("data-dim")))
        .filter(box -> value.equals(box.getDomProperty("value")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no widget checkbox " + dimension + "=" + value));
  }

  List<String> facetValues(String dimension) {
    return shadow().findElements(By.cssSelector("input[type=checkbox]")).stream()
        .filter(box -> dimension.equals(box.getDomAttribute("data-dim")))
        .map(box -> box.getDomProperty("value"))
        .toList();
  }

  int facetCount(String dimension, String value) {
    String id = facetBox(dimension, value).getDomAttribute("id");
    String text = shadow().findElement(By.cssSelector("label[for='" + id + "'] .count")).getText();
    return Integer.parseInt(text.replace(",", ""));
  }

  /** Ticks a facet value and waits for the filtered results. */
  EmbedPage tick(String dimension, String value) {
    facetBox(dimension, value).click();
    return awaitSearch("f." + dimension + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
  }
}
