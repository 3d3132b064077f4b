package io.chartdex.parse;

/** Short quotations of input for warning messages. Stateless and thread-safe. */
final class Excerpt {
  private static final int MAX = 120;

  private Excerpt() {}

  /** The text on one line, quoted, cut to {@value #MAX} characters. */
  static String of(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return "\"" + (line.length() > MAX ? line.substring(0, MAX) + "…" : line) + "\"";
  }
}
