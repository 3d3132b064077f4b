package io.chartdex.web;

import static io.chartdex.web.SearchPage.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Markup inside chart descriptions ({@link BrowserSession#MARKUP_PROBE}: a script, an image with an
 * onerror handler and javascript: links in its title and text) is shown as text by the page and the
 * widget and never runs. The widget's page is served without a Content-Security-Policy, so there
 * nothing but the escaping stands between the text and the browser.
 */
@ExtendWith(BrowserSession.class)
class MarkupEscapingBrowserTest {
  private static final String PROBE_ID = BrowserSession.MARKUP_PROBE.id();
  private static final String PROBE_TITLE =
      "Zanzibar <script>window.chartdexXss = 'title script'</script>"
          + " <img src=x onerror=\"window.chartdexXss = 'title img'\">";

  /** The snippet fragments the server highlights for "zanzibar", as the reader sees them. */
  private static final String[] PROBE_FRAGMENTS = {
    PROBE_TITLE,
    "Zanzibar <b>Steps",
    "The x-axis represents zanzibar steps."
        + " <script>window.chartdexXss = 'body script'</script>"
        + " See <img src=x onerror=\"window.chartdexXss = 'body img'\"> and and the zanzibar link.",
    "X-axis: Zanzibar <b>Steps, ranging from 0 to 10. Y-axis: Probe Value, ranging from 0 to 1."
  };

  private static final String INJECTED =
      "img, script, iframe, object, embed, a[href^='javascript'], [onerror], [onclick]";

  @Test
  void searchPageShowsMarkupInAHitAndItsDetailAsText(
      HeadlessChromium browser, ServedCharts served) {
    SearchPage page = new SearchPage(browser, served).open("?q=zanzibar");
    WebElement hit = hitWithId(page.hits(), PROBE_ID);

    assertThat(hit.findElement(By.cssSelector("a.hit-title")).getText()).isEqualTo(PROBE_TITLE);
    assertThat(texts(hit, ".axis"))
        .containsExactly("x: Zanzibar <b>Steps 0–10", "y: Probe Value 0–1");
    assertThat(texts(hit, ".snippet .fragment")).containsExactly(PROBE_FRAGMENTS);
    assertThat(texts(hit, ".snippet mark")).isNotEmpty().allMatch("zanzibar"::equalsIgnoreCase);
    assertThat(browser.driver().findElement(By.id("hits")).findElements(By.cssSelector(INJECTED)))
        .isEmpty();

    WebElement detail = page.openHit(page.hits().indexOf(hit));
    assertThat(detail.findElement(By.id("detail-title")).getText()).isEqualTo(PROBE_TITLE);
    assertThat(detail.findElement(By.cssSelector("pre.description")).getText())
        .isEqualTo(BrowserSession.MARKUP_PROBE.text().strip());
    assertThat(detail.findElements(By.cssSelector(INJECTED))).isEmpty();
    assertThat(nothingRan(browser)).isTrue();
  }

  @Test
  void widgetShowsMarkupInAHitAsText(HeadlessChromium browser, ServedCharts served) {
    EmbedPage page = EmbedPage.open(browser, served).search("zanzibar");
    WebElement hit = hitWithId(page.hits(), PROBE_ID);

    assertThat(hit.findElement(By.cssSelector("a.title")).getText()).isEqualTo(PROBE_TITLE);
    assertThat(texts(hit, ".axes li"))
        .containsExactly("x: Zanzibar <b>Steps 0–10", "y: Probe Value 0–1");
    assertThat(texts(hit, ".snippet .fragment")).containsExactly(PROBE_FRAGMENTS);
    assertThat(texts(hit, ".snippet mark")).isNotEmpty().allMatch("zanzibar"::equalsIgnoreCase);
    assertThat(page.shadow().findElements(By.cssSelector(INJECTED))).isEmpty();
    assertThat(nothingRan(browser)).isTrue();
  }

  @Test
  void fragmentsWithAnyTagButMarkAreShownAsText(HeadlessChromium browser, ServedCharts served) {
    new SearchPage(browser, served).open("");

    assertThat(rendered(browser, "<mark>Decoding Steps</mark>, from 0 to 250"))
        .isEqualTo("<mark>Decoding Steps</mark>, from 0 to 250");
    assertThat(rendered(browser, "&lt;script&gt;x&lt;/script&gt; <mark>a &amp; b</mark>"))
        .isEqualTo("&lt;script&gt;x&lt;/script&gt; <mark>a &amp; b</mark>");
    assertThat(rendered(browser, "<mark>a</mark><img src=x onerror=alert(1)>"))
        .isEqualTo("&lt;mark&gt;a&lt;/mark&gt;&lt;img src=x onerror=alert(1)&gt;");
    assertThat(rendered(browser, "<mark onclick=alert(1)>a</mark>"))
        .isEqualTo("&lt;mark onclick=alert(1)&gt;a&lt;/mark&gt;");
    assertThat(rendered(browser, "<mark><mark>a</mark></mark>"))
        .isEqualTo("&lt;mark&gt;&lt;mark&gt;a&lt;/mark&gt;&lt;/mark&gt;");
    assertThat(rendered(browser, "<mark>unclosed")).isEqualTo("&lt;mark&gt;unclosed");
  }

  /** The innerHTML the page's markup.js builds from one snippet fragment. */
  private static String rendered(HeadlessChromium browser, String fragment) {
    Object html =
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                """
                const [fragment, done] = arguments;
                import('./markup.js').then((markup) => {
                  const holder = document.createElement('p');
                  holder.append(...markup.fragmentNodes(fragment));
                  done(holder.innerHTML);
                }, (failure) => done('import failed: ' + failure));
                """,
                fragment);
    return (String) html;
  }

  private static boolean nothingRan(HeadlessChromium browser) {
    return Boolean.TRUE.equals(browser.script("return window.chartdexXss === undefined"));
  }

  private static WebElement hitWithId(List<WebElement> hits, String id) {
    return hits.stream()
        .filter(hit -> id.equals(hit.getDomAttribute("data-id")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no hit " + id + " among " + hits.size()));
  }
}
