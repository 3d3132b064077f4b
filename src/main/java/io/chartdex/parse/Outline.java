package io.chartdex.parse;

import java.util.List;
import java.util.function.Consumer;

/**
 * The structure of one description: its sections in document order.
 *
 * @param sections every heading with its content; text before the first heading comes first
 * @param markdown whether the text has any markdown structure (headings, lists, bold keys)
 * @param nestingCut whether structure nested deeper than {@link MarkdownOutline#MAX_DEPTH} was
 *     dropped
 */
record Outline(List<OutlineSection> sections, boolean markdown, boolean nestingCut) {
  Outline {
    sections = List.copyOf(sections);
  }

  /** The whole text as plain text, sections joined by newlines. */
  String plainText() {
    StringBuilder text = new StringBuilder();
    for (OutlineSection section : sections) {
      if (section.heading() != null) {
        text.append(section.heading()).append('\n');
      }
      text.append(section.text()).append('\n');
    }
    return text.toString();
  }

  /** Visits every item of every section, depth first, nested ones after their parent. */
  void forEachItem(Consumer<OutlineItem> visitor) {
    for (OutlineSection section : sections) {
      for (OutlineItem item : section.items()) {
        visit(item, visitor);
      }
    }
  }

  private static void visit(OutlineItem item, Consumer<OutlineItem> visitor) {
    visitor.accept(item);
    for (OutlineItem child : item.children()) {
      visit(child, visitor); // depth is bounded by MarkdownOutline.MAX_DEPTH
    }
  }
}
