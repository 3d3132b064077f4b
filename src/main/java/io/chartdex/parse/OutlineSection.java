package io.chartdex.parse;

import java.util.List;

/**
 * A heading and everything up to the next heading.
 *
 * @param level heading level 1–6; 0 for text before the first heading
 * @param heading the heading as written, markup removed; null before the first heading
 * @param paragraphs prose paragraphs (and table rows, cells joined by " | "), in order
 * @param items top-level list items, in order
 * @param text the whole section as plain text, one block a line
 */
record OutlineSection(
    int level, String heading, List<String> paragraphs, List<OutlineItem> items, String text) {
  OutlineSection {
    paragraphs = List.copyOf(paragraphs);
    items = List.copyOf(items);
  }

  /** Prose only: the paragraphs joined by newlines. */
  String prose() {
    return String.join("\n", paragraphs);
  }
}
