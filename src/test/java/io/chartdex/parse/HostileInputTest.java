package io.chartdex.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.chartdex.config.ConfigSource;
import io.chartdex.model.ChartRecord;
import io.chartdex.model.Description;
import io.chartdex.model.ParseWarning;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Whatever the text, {@link ChartParser#parse} returns a record with the description's id, and says
 * what it could not read. Time is not asserted; {@code assertTimeoutPreemptively} only turns a hang
 * into a failure, with a bound far above what any case needs.
 */
class HostileInputTest {
  private static final ChartParser PARSER = ChartParser.fromConfig(ConfigSource.bundled());
  private static final Duration HANG = Duration.ofMinutes(2);

  private static ChartRecord parse(String text) {
    return assertTimeoutPreemptively(
        HANG, () -> PARSER.parse(new Description("hostile", null, text)));
  }

  private static List<String> codes(ChartRecord record) {
    return record.warnings().stream().map(ParseWarning::code).toList();
  }

  @Test
  void emptyTextGivesAnEmptyRecordThatSaysSo() {
    ChartRecord record = parse("");

    assertThat(record.id()).isEqualTo("hostile");
    assertThat(record.sections()).isEmpty();
    assertThat(codes(record)).containsExactly("empty");
  }

  @Test
  void whitespaceOnlyIsEmpty() {
    assertThat(codes(parse("  \n\t \n   "))).containsExactly("empty");
  }

  @Test
  void binaryBytesDecodedWithReplacementCharactersAreNotText() {
    byte[] bytes = new byte[4096];
    new Random(42).nextBytes(bytes);

    ChartRecord record = parse(new String(bytes, StandardCharsets.UTF_8));

    assertThat(record.id()).isEqualTo("hostile");
    assertThat(codes(record)).contains("not-text", "control-characters");
  }

  @Test
  void tenMegabyteDescriptionIsTruncatedAndStillRead() throws IOException {
    String seed = ParserAccuracyTest.resource("samples/decoding-steps-heatmap.md");
    String huge = seed.repeat(10 * 1024 * 1024 / seed.length() + 1);

    ChartRecord record = parse(huge);

    assertThat(record.chartType().normalized()).isEqualTo("heatmap");
    assertThat(record.axes()).extracting(a -> a.label()).startsWith("Decoding Steps");
    assertThat(codes(record)).contains("truncated");
  }

  @Test
  void unbalancedMarkupIsReadAsText() {
    ChartRecord record =
        parse("## Bar Chart: **Unclosed\n* **X-axis:** Time, from 0 to 10\n```\nnever closed\n**");

    assertThat(record.chartType().normalized()).isEqualTo("bar");
    assertThat(record.title()).isEqualTo("**Unclosed");
    assertThat(record.axes()).hasSize(1);
  }

  @Test
  void tenThousandNestedListsOnOneLineAreFlattenedWithAWarning() {
    ChartRecord record = parse("- ".repeat(10_000) + "deep item");

    assertThat(record.id()).isEqualTo("hostile");
    assertThat(codes(record)).contains("truncated");
  }

  @Test
  void tenThousandNestedQuotesAreFlattenedWithAWarning() {
    assertThat(codes(parse(">".repeat(10_000) + " quoted"))).contains("truncated");
  }

  @Test
  void listsIndentedLevelAfterLevelAreCutAtTheDepthBound() {
    StringBuilder text = new StringBuilder();
    for (int level = 0; level < 1_000; level++) {
      text.append("  ".repeat(level)).append("- level ").append(level).append('\n');
    }

    ChartRecord record = parse(text.toString());

    assertThat(record.id()).isEqualTo("hostile");
    assertThat(codes(record)).contains("truncated");
  }

  @Test
  void deeplyNestedEmphasisIsRead() {
    ChartRecord record = parse("*".repeat(20_000) + "core" + "*".repeat(20_000));

    assertThat(record.sections()).hasSize(1);
  }

  @Test
  void controlCharactersAreReadAsSpaces() {
    ChartRecord record = parse("## Line Chart:\u0000 Loss\u0007 curve\u001b\n* **X-axis:** Epoch");

    assertThat(record.title()).isEqualTo("Loss  curve");
    assertThat(codes(record)).contains("control-characters");
  }

  @Test
  void longEnumerationWithoutAnEndIsReadWithoutScanningItQuadratically() {
    ChartRecord record = parse("Methods compared: " + "Alpha, ".repeat(30_000) + "with in as");

    assertThat(record.id()).isEqualTo("hostile");
  }

  @Property(tries = 300)
  void anyMarkdownLikeTextGivesARecordWithTheId(@ForAll("markdownSoup") String text) {
    ChartRecord record = PARSER.parse(new Description("soup", null, text));

    assertThat(record.id()).isEqualTo("soup");
    assertThat(record.chartType()).isNotNull();
    assertThat(record.warnings()).noneMatch(w -> w.code().equals("parse-failed"));
  }

  @Property(tries = 300)
  void anyUnicodeTextGivesARecordWithTheId(@ForAll String text) {
    ChartRecord record = PARSER.parse(new Description("any", null, text));

    assertThat(record.id()).isEqualTo("any");
    assertThat(record.warnings()).noneMatch(w -> w.code().equals("parse-failed"));
  }

  @Provide
  Arbitrary<String> markdownSoup() {
    Arbitrary<String> tokens =
        Arbitraries.of(
            "#",
            "## ",
            "### ",
            "\n",
            "\n\n",
            "* ",
            "- ",
            "1. ",
            "  ",
            "**",
            "*",
            "`",
            "```",
            "|",
            "---",
            ">",
            "(",
            ")",
            "[",
            "]",
            ":",
            ", ",
            " and ",
            " with ",
            " in ",
            " as ",
            "representing ",
            "Legend",
            "X-axis",
            "Y-axis",
            "Heatmap",
            "Line Graph",
            "models",
            "GPT-4",
            "Pro",
            "red",
            "dark blue",
            "0",
            "250",
            " to ",
            "–",
            "32K",
            "10^-4",
            "%",
            "(a) ",
            "2x3 grid",
            "\\n",
            "\u0000",
            "\uFFFD",
            "é",
            "😀");
    return tokens.list().ofMaxSize(400).map(list -> String.join("", list));
  }
}
