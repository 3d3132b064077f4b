package io.chartdex.web;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The search page (web/index.html) as a test sees it: what to type and click, and what it shows.
 * Every action that starts a search waits until the page shows the answer to it (the results
 * element names the search it rendered in {@code data-search}). Not thread-safe.
 */
final class SearchPage {
  private static final String RESULTS_SETTLED =
      """
      const results = document.getElementById('results');
      if (!results || results.getAttribute('aria-busy') !== 'false') return false;
      if (results.dataset.state === 'error') return true;
      const params = new URLSearchParams(location.search);
      params.delete('detail');
      const wanted = params.toString() ? '?' + params.toString() : '';
      return results.dataset.search === wanted;
      """;

  private final HeadlessChromium browser;
  private final WebDriver driver;
  private final String base;

  SearchPage(HeadlessChromium browser, ServedCharts served) {
    this.browser = browser;
    this.driver = browser.driver();
    this.base = served.chartdex();
  }

  /** Loads the page with a query string ("" or "?q=…") and waits for its search. */
  SearchPage open(String query) {
    driver.get(base + query);
    return awaitResults();
  }

  /** Types a query into the search box, presses Enter and waits for the results. */
  SearchPage search(String text) {
    WebElement box = searchBox();
    box.clear();
    box.sendKeys(text);
    box.sendKeys(Keys.ENTER);
    return awaitResults();
  }

  SearchPage awaitResults() {
    browser.await("the page to show its search results", d -> browser.script(RESULTS_SETTLED));
    return this;
  }

  WebElement searchBox() {
    return driver.findElement(By.id("q"));
  }

  List<WebElement> hits() {
    return driver.findElements(By.cssSelector("#hits li.hit"));
  }

  List<String> hitIds() {
    return hits().stream().map(hit -> hit.getDomAttribute("data-id")).toList();
  }

  String status() {
    return driver.findElement(By.id("status")).getText();
  }

  /** The error box's text, "" when hidden. */
  String error() {
    WebElement error = driver.findElement(By.id("error"));
    return error.isDisplayed() ? error.getText() : "";
  }

  WebElement facetBox(String dimension, String value) {
    return driver.findElements(By.cssSelector("#facets input[type=checkbox]")).stream()
        .filter(box -> dimension.equals(box.getDomAttribute("data-dim")))
        .filter(box -> value.equals(box.getDomProperty("value")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no facet checkbox " + dimension + "=" + value));
  }

  /** The count shown next to a facet value. */
  int facetCount(String dimension, String value) {
    String id = facetBox(dimension, value).getDomAttribute("id");
    String text = driver.findElement(By.cssSelector("label[for='" + id + "'] .count")).getText();
    return Integer.parseInt(text.replace(",", ""));
  }

  /** The values of a dimension in the order shown (read at once: the list may be redrawn). */
  @SuppressWarnings("unchecked")
  List<String> facetValues(String dimension) {
    return (List<String>)
        browser.script(
            """
            return [...document.querySelectorAll('#facets input[type=checkbox]')]
                .filter((box) => box.dataset.dim === arguments[0]).map((box) => box.value);
            """,
            dimension);
  }

  SearchPage tick(String dimension, String value) {
    facetBox(dimension, value).click();
    return awaitResults();
  }

  /** Clicks a hit's title and waits for the detail view to show the chart. */
  WebElement openHit(int index) {
    hits().get(index).findElement(By.cssSelector("a.hit-title")).click();
    return awaitDetail();
  }

  WebElement awaitDetail() {
    return browser.await(
        "the detail view to show a chart",
        d -> {
          WebElement dialog = d.findElement(By.id("detail"));
          return "ready".equals(dialog.getDomAttribute("data-state")) ? dialog : null;
        });
  }

  boolean detailOpen() {
    return Boolean.TRUE.equals(browser.script("return document.getElementById('detail').open"));
  }

  /** The page URL's query parameters, decoded, in order ("q=axis:\"x\"", "f.type=line"). */
  List<String> urlParameters() {
    String query = URI.create(driver.getCurrentUrl()).getRawQuery();
    if (query == null) {
      return List.of();
    }
    return List.of(query.split("&")).stream()
        .map(pair -> URLDecoder.decode(pair, StandardCharsets.UTF_8))
        .toList();
  }

  /** The visible texts of the elements matching a CSS selector inside context. */
  static List<String> texts(SearchContext context, String css) {
    return context.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }
}
