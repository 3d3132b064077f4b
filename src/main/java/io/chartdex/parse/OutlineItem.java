package io.chartdex.parse;

import java.util.List;

/**
 * One bullet or numbered item of a description, markup removed.
 *
 * @param key the bold lead-in without its colon ("X-axis" in {@code * **X-axis:** Steps}); null
 *     when the item has none
 * @param value the text after the key, or the whole text when there is no key
 * @param children nested items, in order
 */
record OutlineItem(String key, String value, List<OutlineItem> children) {
  OutlineItem {
    children = List.copyOf(children);
  }

  /** The item as one line: {@code "Key: value"}, or the value alone. */
  String line() {
    return key == null ? value : value.isEmpty() ? key : key + ": " + value;
  }

  /** The value followed by the children's lines, one a line: what an axis or legend key states. */
  String valueWithChildren() {
    StringBuilder text = new StringBuilder(value);
    for (OutlineItem child : children) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      text.append(child.line());
    }
    return text.toString();
  }
}
