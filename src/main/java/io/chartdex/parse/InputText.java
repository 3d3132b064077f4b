package io.chartdex.parse;

import io.chartdex.model.ParseWarning;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes any string safe to parse: caps its length, drops control characters, turns the literal
 * {@code \n} some exporters leave before a header into a newline, and caps how deeply lines nest
 * (list markers, quote markers, indentation) so no later stage sees pathological structure. Each
 * change is reported as a warning. Stateless and thread-safe.
 */
final class InputText {
  /** Longest text read, in chars; real descriptions are 2–10 thousand. */
  static final int MAX_CHARS = 200_000;

  /** Widest line prefix kept (indentation and list or quote markers), in chars. */
  static final int MAX_PREFIX = 64;

  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
  private static final Pattern LITERAL_NEWLINE = Pattern.compile("\\\\n(?=\\s*#)|^(?:\\\\n)+");
  private static final Pattern NESTING_PREFIX =
      Pattern.compile("(?m)^((?:[ \\t>]|[-*+][ \\t]|\\d{1,9}[.)][ \\t]){" + MAX_PREFIX + ",})");

  /** The text to parse and what was changed to make it so. */
  record Prepared(String text, List<ParseWarning> warnings) {}

  private InputText() {}

  static Prepared prepare(String raw) {
    List<ParseWarning> warnings = new ArrayList<>();
    String text = raw;
    if (text.length() > MAX_CHARS) {
      warnings.add(
          new ParseWarning(
              "truncated", "text of " + text.length() + " chars cut to the first " + MAX_CHARS));
      text = text.substring(0, MAX_CHARS);
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    if (CONTROL.matcher(text).find()) {
      warnings.add(new ParseWarning("control-characters", "control characters read as spaces"));
      text = CONTROL.matcher(text).replaceAll(" ");
    }
    long replaced = text.chars().filter(c -> c == '\uFFFD').count();
    if (replaced > 0 && replaced * 20 > text.length()) {
      warnings.add(
          new ParseWarning(
              "not-text", replaced + " undecodable characters: the input may not be text"));
    }
    text = LITERAL_NEWLINE.matcher(text).replaceAll("\n");
    if (NESTING_PREFIX.matcher(text).find()) {
      warnings.add(
          new ParseWarning(
              "truncated", "structure nested deeper than " + MAX_PREFIX + " levels flattened"));
      text = NESTING_PREFIX.matcher(text).replaceAll("");
    }
    return new Prepared(text, warnings);
  }
}
