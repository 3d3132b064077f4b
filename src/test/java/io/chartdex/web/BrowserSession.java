package io.chartdex.web;

import io.chartdex.model.Description;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Shares one served index (bundled samples plus {@link #MARKUP_PROBE}) and one headless Chromium
 * among all browser test classes of a run: both are slow to start on a shared machine. Test methods
 * ask for {@link ServedCharts} and {@link HeadlessChromium} as parameters; everything is closed,
 * and the temporary index deleted, when the run ends.
 */
final class BrowserSession implements ExecutionCondition, ParameterResolver {
  /**
   * A description whose title, text and axis label carry markup. Code spans and escaped entities
   * reach the parsed record (and so the API's strings) as literal {@code <script>} and {@code <img
   * onerror>}; the raw HTML and the javascript: link stay in the original text the detail view
   * shows.
   */
  static final Description MARKUP_PROBE =
      new Description(
          "probes/markup-probe.md",
          "probes",
          """
          ## Line Chart: Zanzibar `<script>window.chartdexXss = 'title script'</script>` \
          &lt;img src=x onerror="window.chartdexXss = 'title img'"&gt;
          ### Overview
          The x-axis represents zanzibar steps. \
          `<script>window.chartdexXss = 'body script'</script>` \
          See &lt;img src=x onerror="window.chartdexXss = 'body img'"&gt; and \
          <img src=x onerror="window.chartdexXss = 'raw img'"> and \
          [the zanzibar link](javascript:window.chartdexXss='link').
          ### Components/Axes
          * **X-axis:** Zanzibar `<b>`Steps, ranging from 0 to 10.
          * **Y-axis:** Probe Value, ranging from 0 to 1.
          """);

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(BrowserSession.class);

  /** Only an explicit -DskipBrowserTests (not a missing browser) skips the browser tests. */
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String skip = System.getProperty("skipBrowserTests");
    return skip == null || skip.equals("false")
        ? ConditionEvaluationResult.enabled("browser tests run")
        : ConditionEvaluationResult.disabled("browser tests skipped by -DskipBrowserTests");
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == ServedCharts.class || type == HeadlessChromium.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Session session =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(Session.class, key -> Session.open(), Session.class);
    return parameter.getParameter().getType() == ServedCharts.class
        ? session.served()
        : session.browser();
  }

  /** The shared resources; closed by JUnit with the root context. */
  record Session(Path index, ServedCharts served, HeadlessChromium browser)
      implements AutoCloseable {
    static Session open() {
      try {
        HeadlessChromium browser = HeadlessChromium.start();
        Path index = Files.createTempDirectory("chartdex-browser-index-");
        try {
          return new Session(index, ServedCharts.start(index, List.of(MARKUP_PROBE)), browser);
        } catch (IOException | RuntimeException e) {
          browser.close();
          throw e;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        browser.close();
      } finally {
        try {
          served.close(); // commits and closes the index before its files go
        } finally {
          try (Stream<Path> files = Files.walk(index)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
              Files.deleteIfExists(file);
            }
          }
        }
      }
    }
  }
}
