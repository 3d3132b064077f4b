package io.chartdex.parse;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Per-field tallies of a parser evaluation: how many values were scored, how many were right. */
final class AccuracyTable {
  private final String corpus;
  private final Map<String, int[]> tallies = new LinkedHashMap<>();

  AccuracyTable(String corpus, String... fields) {
    this.corpus = corpus;
    for (String field : fields) {
      tallies.put(field, new int[2]);
    }
  }

  void score(String field, boolean correct) {
    int[] tally = tallies.get(field);
    tally[0]++;
    tally[1] += correct ? 1 : 0;
  }

  int scored(String field) {
    return tallies.get(field)[0];
  }

  /** Share correct, 0..1; 0 when nothing was scored. */
  double accuracy(String field) {
    int[] tally = tallies.get(field);
    return tally[0] == 0 ? 0 : (double) tally[1] / tally[0];
  }

  /** A fixed-width table, one field a row. */
  String render() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%nParser accuracy on %s%n", corpus));
    out.append(
        String.format(
            Locale.ROOT, "%-14s %7s %7s %9s%n", "field", "scored", "correct", "accuracy"));
    tallies.forEach(
        (field, tally) ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "%-14s %7d %7d %8.1f%%%n",
                    field,
                    tally[0],
                    tally[1],
                    tally[0] == 0 ? 0.0 : 100.0 * tally[1] / tally[0])));
    return out.toString();
  }
}
