package io.chartdex.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chartdex.model.Axis;
import io.chartdex.model.AxisRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures {@link AxisReader} against every axis in the described corpus's truth
 * (src/test/resources/parse/described-truth.jsonl, texts from the bundled samples): per field, the
 * share of truth axes whose value the reader reproduces exactly. Prints the figures and the misses;
 * asserts the agreement measured when this reader was written, so a regression fails.
 */
class AxisCorpusMeasurementTest {

  private static final String[] FIELDS = {"label", "min", "max", "step", "scale", "unit"};
  private static final Map<String, int[]> agreement = new LinkedHashMap<>();
  private static final List<String> misses = new ArrayList<>();
  private static int axes;
  private static int extra;

  @BeforeAll
  static void measure() throws IOException {
    AxisReader reader = new AxisReader();
    ObjectMapper json = new ObjectMapper();
    for (String f : FIELDS) {
      agreement.put(f, new int[1]);
    }
    for (String line : resource("/parse/described-truth.jsonl").split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode truth = json.readTree(line);
      String id = truth.get("id").asText();
      String md = resource("/samples/charxiv-described/" + id + ".md");
      Map<AxisRole, List<Axis>> found = DescribedAxisTexts.axes(reader, md);
      Map<AxisRole, Integer> seen = new java.util.EnumMap<>(AxisRole.class);
      for (JsonNode t : truth.get("axes")) {
        AxisRole role = AxisRole.fromCode(t.get("role").asText());
        int k = seen.merge(role, 1, Integer::sum) - 1;
        List<Axis> ofRole = found.getOrDefault(role, List.of());
        Axis a = k < ofRole.size() ? ofRole.get(k) : null;
        compare(id, role, t, a);
      }
      for (Map.Entry<AxisRole, List<Axis>> e : found.entrySet()) {
        int stated = seen.getOrDefault(e.getKey(), 0);
        for (Axis a :
            e.getValue().subList(Math.min(stated, e.getValue().size()), e.getValue().size())) {
          extra++;
          misses.add(id + " " + e.getKey().code() + ": read an axis the truth lacks: " + a.raw());
        }
      }
    }
  }

  private static void compare(String id, AxisRole role, JsonNode t, Axis a) {
    axes++;
    Object[] mine = {
      a == null ? null : a.label(),
      a == null ? null : a.min(),
      a == null ? null : a.max(),
      a == null ? null : a.step(),
      a == null ? null : a.scale(),
      a == null ? null : a.unit()
    };
    for (int i = 0; i < FIELDS.length; i++) {
      JsonNode want = t.get(FIELDS[i]);
      boolean same =
          mine[i] instanceof Double d
              ? want.isNumber() && Math.abs(d - want.asDouble()) <= 1e-9 * Math.max(1, Math.abs(d))
              : want.isNull() ? mine[i] == null : Objects.equals(want.asText(), mine[i]);
      if (same) {
        agreement.get(FIELDS[i])[0]++;
      } else {
        misses.add(
            id + " " + role.code() + "." + FIELDS[i] + ": want " + want + ", read " + mine[i]);
      }
    }
  }

  private static double share(String field) {
    return (double) agreement.get(field)[0] / axes;
  }

  @Test
  void agreementWithTruthPerFieldHoldsTheMeasuredLevel() {
    StringBuilder report = new StringBuilder("AxisReader vs truth over " + axes + " axes:\n");
    for (String f : FIELDS) {
      report.append(
          String.format(
              Locale.ROOT,
              "  %-5s %d/%d = %.1f%%%n",
              f,
              agreement.get(f)[0],
              axes,
              100 * share(f)));
    }
    report.append("  axes read beyond the truth: ").append(extra).append('\n');
    misses.forEach(m -> report.append("  miss ").append(m).append('\n'));
    System.out.println(report);
    assertThat(axes).isEqualTo(124);
    assertThat(extra).isLessThanOrEqualTo(0);
    assertThat(agreement.get("label")[0]).isGreaterThanOrEqualTo(119);
    assertThat(agreement.get("min")[0]).isGreaterThanOrEqualTo(122);
    assertThat(agreement.get("max")[0]).isGreaterThanOrEqualTo(120);
    assertThat(agreement.get("step")[0]).isGreaterThanOrEqualTo(124);
    assertThat(agreement.get("scale")[0]).isGreaterThanOrEqualTo(122);
    assertThat(agreement.get("unit")[0]).isGreaterThanOrEqualTo(124);
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = AxisCorpusMeasurementTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
