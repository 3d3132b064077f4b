package io.chartdex.web;

import static io.chartdex.web.SearchPage.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The {@code <chartdex-search>} widget on web/embed-example.html, served from another origin than
 * the chartdex server (the server allows it by CORS), under the host page's hostile CSS.
 */
@ExtendWith(BrowserSession.class)
class EmbeddedWidgetBrowserTest {

  @BeforeEach
  void desktopWindow(HeadlessChromium browser) {
    browser.resize(HeadlessChromium.DESKTOP);
  }

  @Test
  void widgetOnAnotherOriginSearchesAndMarksTheMatchedLabel(
      HeadlessChromium browser, ServedCharts served) {
    EmbedPage page = EmbedPage.open(browser, served);

    page.search("axis:\"Decoding Steps\"");

    WebElement first = page.hits().get(0);
    assertThat(first.getDomAttribute("data-id")).isEqualTo("decoding-steps-heatmap.md");
    assertThat(first.findElement(By.cssSelector("a.title")).getText())
        .isEqualTo("Output Token Position Index vs. Decoding Steps");
    assertThat(texts(first, "mark")).contains("Decoding Steps");
    assertThat(texts(first, ".axes li")).contains("x: Decoding Steps 0–250");
  }

  @Test
  void hostPageCssDoesNotReachInsideTheWidget(HeadlessChromium browser, ServedCharts served) {
    EmbedPage page = EmbedPage.open(browser, served).search("decoding");
    WebElement mark = page.hits().get(0).findElement(By.cssSelector("mark"));

    assertThat(browser.driver().findElement(By.id("host-input")).isDisplayed())
        .as("the host's own input, hidden by its CSS")
        .isFalse();
    assertThat(page.input().isDisplayed()).isTrue();
    assertThat(mark.isDisplayed()).isTrue();
    assertThat(mark.getCssValue("background-color")).isEqualTo("rgba(255, 224, 138, 1)");
    assertThat(page.input().getCssValue("text-transform")).isEqualTo("none");
  }

  @Test
  void tickingTwoChartTypesInTheWidgetKeepsBothCounts(
      HeadlessChromium browser, ServedCharts served) {
    EmbedPage page = EmbedPage.open(browser, served);
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
    assertThat(page.shadow().findElement(By.cssSelector(".status")).getText())
        .isEqualTo((firstCount + secondCount) + " charts");
  }

  @Test
  void choosingAResultTellsTheHostPage(HeadlessChromium browser, ServedCharts served) {
    EmbedPage page = EmbedPage.open(browser, served).search("axis:\"Decoding Steps\"");

    page.hits().get(0).findElement(By.cssSelector("a.title")).click();

    // textContent: the host's CSS upper-cases what it shows.
    assertThat(browser.driver().findElement(By.id("chosen")).getDomProperty("textContent"))
        .isEqualTo("decoding-steps-heatmap.md");
    assertThat(browser.driver().getWindowHandles()).hasSize(1);
  }
}
