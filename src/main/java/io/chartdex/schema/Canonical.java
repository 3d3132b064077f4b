package io.chartdex.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a keyword or facet value is normalised before it is indexed and before a filter value is
 * compared with it, so that "Decoding Steps" and "decoding steps" count as one axis label.
 */
public enum Canonical {
  /** Leading and trailing space removed, nothing else. */
  NONE("none"),
  /** Runs of whitespace collapsed to one space; case kept ("GPT-4", "Pro"). */
  COLLAPSE("collapse"),
  /** Whitespace collapsed and lower-cased with the root locale. */
  LOWER("lower");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final String jsonName;

  Canonical(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The canonical form of a value; empty when nothing but space is left. */
  public String apply(String value) {
    String stripped = value.strip();
    // if, not a switch expression: forbidden-apis (run on an older JDK) cannot see MatchException.
    if (this == NONE) {
      return stripped;
    }
    String collapsed = SPACES.matcher(stripped).replaceAll(" ");
    return this == LOWER ? collapsed.toLowerCase(Locale.ROOT) : collapsed;
  }

  static Optional<Canonical> fromJson(String name) {
    return Arrays.stream(values()).filter(c -> c.jsonName.equals(name)).findFirst();
  }
}
