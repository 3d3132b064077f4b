package io.chartdex.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chartdex.model.Axis;
import io.chartdex.model.AxisRole;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The axis reader never throws and returns well-formed axes whatever the text: arbitrary unicode
 * and control characters, number-like debris ("1e999999", "--5", "32KKK", "10^{"), a megabyte of
 * digits, or long runs of repeated phrases.
 */
class AxisReaderPropertiesTest {

  private static final List<String> FRAGMENTS =
      List.of(
          "1e999999",
          "--5",
          "32KKK",
          "10^",
          "10^{-",
          "<sup>",
          "</sup>",
          "10<sup>-2</sup>",
          "−",
          "–",
          "-",
          "—",
          "~",
          "≈",
          "approximately ",
          "from ",
          " to ",
          "ranging ",
          "between ",
          " and ",
          "x-axis",
          "Y-axis",
          "vertical axis",
          "colour bar",
          "labelled \"",
          "\"",
          "“",
          "(",
          ")",
          "[",
          "]",
          "%",
          "0",
          "1",
          "7.5",
          ".",
          ",",
          ";",
          ":",
          "\n",
          "\t",
          "\u0000",
          "\u001b",
          "K",
          "M",
          "B",
          "e",
          "×",
          "x",
          " ",
          "Label: ",
          "Range: ",
          "Major ticks: ",
          "every ",
          "increments of ",
          "log",
          "linear",
          "no axis title",
          "in dB",
          "⁻⁴",
          "²",
          "1,000",
          ",000",
          "9".repeat(400));

  private final AxisReader reader = new AxisReader();

  @Provide
  Arbitrary<String> axisLikeText() {
    return Arbitraries.of(FRAGMENTS).list().ofMaxSize(80).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<AxisRole> roles() {
    return Arbitraries.of(AxisRole.class);
  }

  @Property(tries = 300)
  void readNeverThrowsOnFragmentSoup(
      @ForAll("roles") AxisRole role, @ForAll("axisLikeText") String text) {
    assertWellFormed(reader.read(role, text), role, text);
  }

  @Property(tries = 300)
  void readNeverThrowsOnArbitraryStrings(@ForAll("roles") AxisRole role, @ForAll String text) {
    assertWellFormed(reader.read(role, text), role, text);
  }

  @Property(tries = 300)
  void proseGivesAtMostOneAxisPerRoleInRoleOrder(@ForAll("axisLikeText") String prose) {
    assertRoleOrdered(reader.findInProse(prose));
  }

  @Property(tries = 200)
  void proseNeverThrowsOnArbitraryStrings(@ForAll String prose) {
    assertRoleOrdered(reader.findInProse(prose));
  }

  @Property(tries = 200)
  void roleOfNeverThrows(@ForAll String key) {
    AxisRole role = AxisReader.roleOf(key);
    assertThat(role == null || List.of(AxisRole.values()).contains(role)).isTrue();
  }

  @Example
  void megabyteInputsComplete() {
    List<String> huge =
        List.of(
            "7".repeat(1_000_000),
            "1,000".repeat(40_000),
            "x-axis ranging from ".repeat(10_000),
            "-".repeat(200_000),
            "labelled \"".repeat(20_000),
            "10^".repeat(70_000),
            "(".repeat(200_000),
            "every ~".repeat(30_000),
            ".".repeat(200_000));
    for (String text : huge) {
      assertWellFormed(reader.read(AxisRole.X, text), AxisRole.X, text);
      assertRoleOrdered(reader.findInProse(text));
    }
  }

  @Example
  void unrepresentableNumbersAreIgnored() {
    Axis a = reader.read(AxisRole.Y, "Loss, ranging from 1e999999 to 5, every 1e999999");
    assertThat(a.min()).isNull();
    assertThat(a.max()).isNull();
    assertThat(a.step()).isNull();
    assertThat(a.label()).isEqualTo("Loss");
  }

  private static void assertWellFormed(Axis a, AxisRole role, String text) {
    assertThat(a.role()).isEqualTo(role);
    assertThat(a.raw()).isSameAs(text);
    for (Double v : new Double[] {a.min(), a.max(), a.step()}) {
      assertThat(v == null || Double.isFinite(v)).as("finite %s", v).isTrue();
    }
    if (a.min() != null && a.max() != null) {
      assertThat(a.min()).isLessThanOrEqualTo(a.max());
    }
    if (a.step() != null) {
      assertThat(a.step()).isPositive();
    }
    assertThat(a.scale()).isIn(null, "log", "linear");
  }

  private static void assertRoleOrdered(List<Axis> axes) {
    assertThat(axes.size()).isLessThanOrEqualTo(AxisRole.values().length);
    for (int i = 1; i < axes.size(); i++) {
      assertThat(axes.get(i).role().ordinal()).isGreaterThan(axes.get(i - 1).role().ordinal());
    }
    for (Axis a : axes) {
      assertThat(a.raw()).isNotNull();
    }
  }
}
