package io.chartdex.parse;

import io.chartdex.model.Panel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Panels of a multi-panel figure: per-panel titles from "Panel Layout" / "Panel Titles" sections
 * ({@code * **Row 1:** (a) IoU | (b) F1-score}, numbered title lists), else as many untitled panels
 * as a stated grid holds ("a 2x3 grid", "1x4 row"). Stateless and thread-safe.
 */
final class PanelReader {
  /** More panels than this is a misreading, not a figure. */
  static final int MAX_PANELS = 64;

  private static final Pattern GRID =
      Pattern.compile(
          "\\b(\\d{1,2})\\s*[x×]\\s*(\\d{1,2})\\s+(?:grid|row|column|layout|panels?|arrangement|array)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PANEL_WORDS =
      Pattern.compile("panel|plot|chart|graph|histogram|map|figure", Pattern.CASE_INSENSITIVE);
  private static final List<String> NUMBER_WORDS =
      List.of(
          "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve");
  private static final Pattern COUNTED =
      Pattern.compile(
          "\\b(" + String.join("|", NUMBER_WORDS) + ")-panel\\b", Pattern.CASE_INSENSITIVE);

  /** Where GRID can match: a digit after no word character (its \\b). */
  private static final GatedMatcher.Gate GRID_START =
      (text, from) -> {
        for (int at = from; at < text.length(); at++) {
          if (Gates.isAsciiDigit(text.charAt(at)) && Gates.afterNonWord(text, at)) {
            return at;
          }
        }
        return -1;
      };

  /** Where COUNTED can match: a number word's first two letters after no word character. */
  private static final GatedMatcher.Gate COUNTED_START =
      Gates.words(Gates.Before.WORD, true, NUMBER_WORDS);

  private static final Pattern ROW_OR_COLUMN_HEADERS =
      Pattern.compile("(?:rows|columns)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern LABELLED = Pattern.compile("^\\(([A-Za-z0-9]{1,3})\\)\\s*(.*)$");
  private static final Pattern POSITION =
      Pattern.compile(
          "^(?:top|bottom|middle|upper|lower|left|right|center|centre)[\\w -]{0,20}:\\s*",
          Pattern.CASE_INSENSITIVE);

  /** The panels the outline states; empty for a single chart. */
  List<Panel> read(Outline outline) {
    List<Panel> panels = new ArrayList<>();
    for (OutlineSection section : outline.sections()) {
      String heading = section.heading() == null ? "" : section.heading().toLowerCase(Locale.ROOT);
      if (heading.contains("panel") && !heading.contains("other")) {
        for (OutlineItem item : section.items()) {
          cells(item, panels);
        }
      }
    }
    if (panels.isEmpty()) {
      int count = statedCount(outline.plainText());
      for (int i = 0; i < count; i++) {
        panels.add(new Panel(null, null, List.of()));
      }
    }
    return panels.size() > MAX_PANELS ? panels.subList(0, MAX_PANELS) : panels;
  }

  /**
   * How many panels the text says the figure has: a grid ("a 2x3 grid", "1x4 row" — not "an 8 × 8
   * grid of cells") or a count ("a three-panel figure"); 0 when it says none.
   */
  static int statedCount(String text) {
    GatedMatcher grid = new GatedMatcher(GRID, GRID_START, text);
    while (grid.find()) {
      String after = text.substring(grid.end(), Math.min(text.length(), grid.end() + 40));
      if (!after.startsWith(" of ") || PANEL_WORDS.matcher(after).find()) {
        int count = Integer.parseInt(grid.group(1)) * Integer.parseInt(grid.group(2));
        return count > 1 ? Math.min(count, MAX_PANELS) : 0;
      }
    }
    GatedMatcher counted = new GatedMatcher(COUNTED, COUNTED_START, text);
    if (counted.find()) {
      int count = NUMBER_WORDS.indexOf(counted.group(1).toLowerCase(Locale.ROOT)) + 2;
      return count >= 2 ? count : 0;
    }
    return 0;
  }

  private static void cells(OutlineItem item, List<Panel> panels) {
    String key = item.key();
    if (key != null && ROW_OR_COLUMN_HEADERS.matcher(key).lookingAt()) {
      return; // "Columns (left to right): RMSE | TPR | FPR" names a grid's headers, not its panels
    }
    if (key != null) {
      Matcher labelled = LABELLED.matcher(key);
      if (labelled.matches() && labelled.group(2).isEmpty()) {
        panels.add(new Panel(labelled.group(1), title(item.value()), List.of()));
        return;
      }
    }
    for (String cell : item.value().split("\\s+\\|\\s+")) {
      String text = POSITION.matcher(cell.strip()).replaceFirst("");
      Matcher labelled = LABELLED.matcher(text);
      if (labelled.matches()) {
        String title = title(labelled.group(2));
        panels.add(new Panel(labelled.group(1), title, List.of()));
      } else if (!text.isEmpty() && !text.equalsIgnoreCase("(empty)")) {
        panels.add(new Panel(null, title(text), List.of()));
      }
    }
  }

  private static String title(String text) {
    String title = LegendReader.clean(text);
    return title.isEmpty() ? null : title;
  }
}
