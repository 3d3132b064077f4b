package io.chartdex.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberReaderTest {

  private static List<Double> values(String text) {
    return NumberReader.findAll(text).stream().map(Quantity::value).toList();
  }

  @Test
  void plainIntegersDecimalsAndYears() {
    assertThat(NumberReader.parse("250")).isEqualTo(250.0);
    assertThat(NumberReader.parse("0.05")).isEqualTo(0.05);
    assertThat(NumberReader.parse(".5")).isEqualTo(0.5);
    assertThat(values("years from 2020 to 2050")).containsExactly(2020.0, 2050.0);
  }

  @Test
  void magnitudeSuffixesApplyToTheirOwnNumberOnly() {
    assertThat(NumberReader.parse("32K")).isEqualTo(32000.0);
    assertThat(NumberReader.parse("8k")).isEqualTo(8000.0);
    assertThat(NumberReader.parse("1.5M")).isEqualTo(1_500_000.0);
    assertThat(NumberReader.parse("20B")).isEqualTo(2e10);
    assertThat(NumberReader.parse("2T")).isEqualTo(2e12);
    assertThat(values("ranging from 8 to 32K")).containsExactly(8.0, 32000.0);
    assertThat(values("about 2 million steps")).containsExactly(2e6);
  }

  @Test
  void aSuffixFollowedByMoreLettersIsNoSuffix() {
    assertThat(values("32KKK")).containsExactly(32.0);
    assertThat(values("5 ms and 10MB")).containsExactly(5.0, 10.0);
  }

  @Test
  void scientificNotationInEveryWrittenForm() {
    assertThat(NumberReader.parse("1.2e11")).isEqualTo(1.2e11);
    assertThat(NumberReader.parse("1E-5")).isEqualTo(1e-5);
    assertThat(NumberReader.parse("10^-4")).isCloseTo(1e-4, within(1e-18));
    assertThat(NumberReader.parse("10^1")).isEqualTo(10.0);
    assertThat(NumberReader.parse("10^{-3}")).isCloseTo(1e-3, within(1e-18));
    assertThat(NumberReader.parse("10^(-3)")).isCloseTo(1e-3, within(1e-18));
    assertThat(NumberReader.parse("10<sup>-2</sup>")).isCloseTo(0.01, within(1e-18));
    assertThat(NumberReader.parse("10⁻⁴")).isCloseTo(1e-4, within(1e-18));
    assertThat(NumberReader.parse("10³")).isEqualTo(1000.0);
    assertThat(NumberReader.parse("2×10^-4")).isCloseTo(2e-4, within(1e-18));
    assertThat(NumberReader.parse("2 x 10^-4")).isCloseTo(2e-4, within(1e-18));
    assertThat(values("10<sup>19</sup> to 10<sup>22</sup>")).containsExactly(1e19, 1e22);
  }

  @Test
  void negativesWithHyphenOrUnicodeMinus() {
    assertThat(NumberReader.parse("-0.4")).isEqualTo(-0.4);
    assertThat(NumberReader.parse("−5")).isEqualTo(-5.0);
    assertThat(values("-0.4 to 0.8")).containsExactly(-0.4, 0.8);
    assertThat(values("from -30 to -20")).containsExactly(-30.0, -20.0);
    assertThat(values("from –30 to —20")).containsExactly(-30.0, -20.0);
  }

  @Test
  void aDashBetweenNumbersIsARangeNotAMinus() {
    assertThat(values("(0–60%)")).containsExactly(0.0, 60.0);
    assertThat(values("0-60")).containsExactly(0.0, 60.0);
    assertThat(values("0.0–0.8")).containsExactly(0.0, 0.8);
    assertThat(values("(0—20B)")).containsExactly(0.0, 2e10);
  }

  @Test
  void hedgesAreNotPartOfTheNumber() {
    assertThat(values("approximately 0.5, about 3, ~7 and ≈ 9"))
        .containsExactly(0.5, 3.0, 7.0, 9.0);
  }

  @Test
  void percentSignIsKeptAsAFlag() {
    Quantity q = NumberReader.findAll("up to 60%").get(0);
    assertThat(q.value()).isEqualTo(60.0);
    assertThat(q.percent()).isTrue();
    assertThat(NumberReader.findAll("60").get(0).percent()).isFalse();
  }

  @Test
  void thousandsSeparatorsButNotTickLists() {
    assertThat(NumberReader.parse("1,000")).isEqualTo(1000.0);
    assertThat(NumberReader.parse("2,000,000")).isEqualTo(2_000_000.0);
    assertThat(values("0, 200, 400")).containsExactly(0.0, 200.0, 400.0);
    assertThat(values("0,200,400")).containsExactly(0.0, 200.0, 400.0);
  }

  @Test
  void numbersGluedToWordsAreNotNumbers() {
    assertThat(values("ResNet50 on R101x3 with log10 s")).isEmpty();
    assertThat(values("Qu_1 and m2")).isEmpty();
  }

  @Test
  void numbersTooLargeToRepresentAreLeftOut() {
    assertThat(values("1e999999 and 7")).containsExactly(7.0);
    assertThat(values("10^99999999 then 3")).containsExactly(3.0);
    assertThat(NumberReader.parse("1e999999")).isNull();
  }

  @Test
  void malformedInputReadsWhatItCan() {
    assertThat(values("--5")).containsExactly(-5.0);
    assertThat(values("10^ and 10^{-")).containsExactly(10.0, 10.0);
    assertThat(NumberReader.parse("")).isNull();
    assertThat(NumberReader.parse("abc")).isNull();
    assertThat(NumberReader.parse("-")).isNull();
  }
}
