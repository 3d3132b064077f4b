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
    // one pass to learn which of the rare repairs below are needed at all
    boolean control = false;
    int replaced = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7F) {
        control |= isControl(c);
      } else if (c == '\uFFFD') {
        replaced++;
      }
    }
    if (control) {
      warnings.add(new ParseWarning("control-characters", "control characters read as spaces"));
      text = CONTROL.matcher(text).replaceAll(" ");
    }
    if (replaced > 0 && (long) replaced * 20 > text.length()) {
      warnings.add(
          new ParseWarning(
              "not-text", replaced + " undecodable characters: the input may not be text"));
    }
    if (text.indexOf('\\') >= 0) { // every LITERAL_NEWLINE match starts with a backslash
      text = LITERAL_NEWLINE.matcher(text).replaceAll("\n");
    }
    String flat = flattenDeepLines(text);
    if (flat.length() != text.length()) {
      warnings.add(
          new ParseWarning(
              "truncated", "structure nested deeper than " + MAX_PREFIX + " levels flattened"));
      text = flat;
    }
    return new Prepared(text, warnings);
  }

  /** Whether CONTROL matches {@code c}: C0 controls but tab, newline and return, and DEL. */
  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
  }

  /**
   * Drops the line prefix (indentation, list and quote markers) of lines whose prefix is wider than
   * {@link #MAX_PREFIX}. A plain scan: a regex with a repeated group would recurse per repetition.
   */
  static String flattenDeepLines(String text) {
    StringBuilder out = null;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      int prefixEnd = prefixEnd(text, lineStart, lineEnd);
      if (prefixEnd - lineStart > MAX_PREFIX) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, lineStart);
        }
        out.append(text, prefixEnd, Math.min(lineEnd + 1, text.length()));
      } else if (out != null) {
        out.append(text, lineStart, Math.min(lineEnd + 1, text.length()));
      }
      lineStart = lineEnd + 1;
    }
    return out == null ? text : out.toString();
  }

  /** Where a line's prefix of spaces, tabs, quote markers and list markers ends. */
  private static int prefixEnd(String text, int from, int lineEnd) {
    int i = from;
    while (i < lineEnd) {
      char c = text.charAt(i);
      boolean marker =
          (c == '-' || c == '*' || c == '+') && i + 1 < lineEnd && text.charAt(i + 1) == ' ';
      if (c == ' ' || c == '\t' || c == '>' || marker) {
        i += marker ? 2 : 1;
      } else {
        break;
      }
    }
    return i;
  }
}
