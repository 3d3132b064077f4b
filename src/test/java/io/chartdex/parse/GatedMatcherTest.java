package io.chartdex.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A gated search finds exactly what {@link Matcher#find} finds: the gates only skip positions where
 * the regex cannot match. Checked on texts built from the characters and words the gates look at.
 */
class GatedMatcherTest {
  /** The bundled models.json patterns and a few more of the shapes RegexStart reads. */
  private static final List<Pattern> CONFIGURED =
      List.of(
          Pattern.compile(
              "\\b[A-Z][a-z]+[A-Za-z]*(?:GPT|BERT|LSTM|LM|RL|Former|former)\\b"
                  + "(?:-\\d+(?:\\.\\d+)?[BMK]?)?"),
          Pattern.compile(
              "\\b(?:Llama|LLaMA|Qwen|Mistral|Falcon|OPT|Pythia|BLOOM)-?\\d*(?:\\.\\d+)?"
                  + "-\\d+(?:\\.\\d+)?[BM]\\b"),
          Pattern.compile("\\b[A-Z][A-Za-z]*-[Nn]et\\b"),
          Pattern.compile("[A-Z]+_[a-z]"),
          Pattern.compile("R[a-z]*(?:Net|GAN)s?"));

  @Test
  void regexStartReadsTheBundledPatterns() {
    assertThat(CONFIGURED).allSatisfy(p -> assertThat(RegexStart.of(p).gate()).isNotNull());
  }

  @Test
  void regexStartLeavesSourcesItCannotFollowUngated() {
    List<String> unfamiliar =
        List.of("a|b", "(?i)abc", "[A-Z]?x", "\\Qa|b\\E", "(?:ab|)c", "[^A]x", "x{0,2}", "\\d+");

    assertThat(unfamiliar)
        .allSatisfy(source -> assertThat(RegexStart.of(Pattern.compile(source)).gate()).isNull());
    assertThat(RegexStart.of(Pattern.compile("Net", Pattern.CASE_INSENSITIVE)).gate()).isNull();
  }

  @Test
  void findsWhatFindFindsInAnExample() {
    String text = "MegaGPT beats ResNet-Net and Llama-2-7B, not xLlama-2-7B or MegaGPT2.";

    assertThat(gated(CONFIGURED.get(0), RegexStart.of(CONFIGURED.get(0)).gate(), text))
        .containsExactly("0:MegaGPT");
    assertThat(gated(CONFIGURED.get(1), RegexStart.of(CONFIGURED.get(1)).gate(), text))
        .containsExactly("29:Llama-2-7B");
    assertThat(gated(CONFIGURED.get(2), RegexStart.of(CONFIGURED.get(2)).gate(), text))
        .containsExactly("14:ResNet-Net");
  }

  @Property(tries = 300)
  void configuredPatternsFindWhatFindFinds(@ForAll("modelText") String text) {
    for (Pattern pattern : CONFIGURED) {
      assertThat(gated(pattern, RegexStart.of(pattern).gate(), text))
          .as(pattern.pattern())
          .isEqualTo(found(pattern, text));
    }
  }

  @Property(tries = 300)
  void colourWordsFindWhatTheirRegexFinds(@ForAll("colourText") String text) {
    Pattern hue =
        Pattern.compile("(?<![\\p{L}-])(red|green|tan|grey)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    GatedMatcher.Gate gate =
        Gates.words(Gates.Before.LETTER_OR_HYPHEN, true, List.of("red", "green", "tan", "grey"));

    assertThat(gated(hue, gate, text)).isEqualTo(found(hue, text));
    assertThat(ColorWords.find(text)).isEqualTo(distinctHues(found(hue, text)));
  }

  @Provide
  Arbitrary<String> modelText() {
    return pieces(
        "GPT",
        "BERT",
        "Former",
        "former",
        "Mega",
        "Res",
        "Net",
        "net",
        "Llama",
        "LLaMA",
        "OPT",
        "-",
        "-2",
        "-7B",
        ".5",
        " ",
        "x",
        "X",
        "AB",
        "_",
        "é",
        "\u0301",
        "1",
        "\uD835\uDC00");
  }

  @Provide
  Arbitrary<String> colourText() {
    return pieces(
        "red", "Red", "RED", "green", "tan", "grey", "-", " ", "é", "dish", "x", "\u00df");
  }

  private static Arbitrary<String> pieces(String... words) {
    return Arbitraries.of(words).list().ofMaxSize(24).map(list -> String.join("", list));
  }

  private static List<String> gated(Pattern pattern, GatedMatcher.Gate gate, String text) {
    List<String> matches = new ArrayList<>();
    GatedMatcher m = new GatedMatcher(pattern, gate, text);
    while (m.find()) {
      matches.add(m.start() + ":" + m.group());
    }
    return matches;
  }

  private static List<String> found(Pattern pattern, String text) {
    List<String> matches = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      matches.add(m.start() + ":" + m.group());
    }
    return matches;
  }

  private static List<String> distinctHues(List<String> matches) {
    return matches.stream()
        .map(m -> m.substring(m.indexOf(':') + 1).toLowerCase(Locale.ROOT))
        .map(hue -> hue.equals("grey") ? "gray" : hue)
        .distinct()
        .toList();
  }
}
