package io.chartdex.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Markdown text → {@link Outline}: sections by heading, list items with their bold keys, prose
 * paragraphs and table rows, all as plain text. commonmark-java does the markdown; this class only
 * walks its tree. Immutable and thread-safe (commonmark's {@link Parser} is).
 *
 * <p>Walking is iterative or depth-bounded: structure nested deeper than {@link #MAX_DEPTH} (lists
 * in lists, quotes in quotes) is dropped and reported through {@link Outline#nestingCut()}, so a
 * hostile input cannot overflow the stack.
 */
final class MarkdownOutline {
  /** Deepest list or quote nesting read; real descriptions use two or three levels. */
  static final int MAX_DEPTH = 24;

  private final Parser parser =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  /** The outline of a markdown (or plain) text. */
  Outline read(String text) {
    Node document = parser.parse(text);
    Builder builder = new Builder();
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      builder.block(block, 0);
    }
    return builder.finish();
  }

  /** Collects sections while walking the top-level blocks. */
  private static final class Builder {
    private final List<OutlineSection> sections = new ArrayList<>();
    private int level;
    private String heading;
    private List<String> paragraphs = new ArrayList<>();
    private List<OutlineItem> items = new ArrayList<>();
    private StringBuilder text = new StringBuilder();
    private boolean markdown;
    private boolean nestingCut;

    void block(Node block, int depth) {
      if (depth > MAX_DEPTH) {
        nestingCut = true;
        return;
      }
      switch (block) {
        case Heading h -> {
          markdown = true;
          closeSection();
          level = h.getLevel();
          heading = plainText(h).strip();
        }
        case ListBlock list -> {
          markdown = true;
          for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListItem item) {
              OutlineItem read = item(item, depth + 1);
              if (read != null) {
                items.add(read);
                appendItemText(read, 0, depth + 1);
              }
            }
          }
        }
        case BlockQuote quote -> {
          for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
            block(child, depth + 1);
          }
        }
        case TableBlock table -> {
          markdown = true;
          tableRows(table);
        }
        case FencedCodeBlock code -> prose(code.getLiteral());
        case IndentedCodeBlock code -> prose(code.getLiteral());
        case HtmlBlock html -> prose(html.getLiteral().replaceAll("<[^>]{0,200}>", " "));
        case Paragraph p -> prose(plainText(p));
        default -> {
          // thematic breaks and link definitions carry no text
        }
      }
    }

    private void prose(String paragraph) {
      String stripped = paragraph.strip();
      if (!stripped.isEmpty()) {
        paragraphs.add(stripped);
        text.append(stripped).append('\n');
      }
    }

    private void tableRows(TableBlock table) {
      Deque<Node> pending = new ArrayDeque<>();
      pending.push(table);
      while (!pending.isEmpty()) {
        Node node = pending.pop();
        if (node instanceof TableRow row) {
          List<String> cells = new ArrayList<>();
          for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell) {
              cells.add(plainText(cell).strip());
            }
          }
          prose(String.join(" | ", cells));
        } else {
          List<Node> children = new ArrayList<>();
          for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
          }
          for (int i = children.size() - 1; i >= 0; i--) {
            pending.push(children.get(i));
          }
        }
      }
    }

    /** One list item with its nested lists; null beyond the depth bound. */
    private OutlineItem item(ListItem item, int depth) {
      if (depth > MAX_DEPTH) {
        nestingCut = true;
        return null;
      }
      String key = null;
      StringBuilder value = new StringBuilder();
      List<OutlineItem> children = new ArrayList<>();
      for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof ListBlock nested) {
          for (Node sub = nested.getFirstChild(); sub != null; sub = sub.getNext()) {
            if (sub instanceof ListItem subItem) {
              OutlineItem read = item(subItem, depth + 1);
              if (read != null) {
                children.add(read);
              }
            }
          }
        } else if (child instanceof Paragraph p && key == null && value.isEmpty()) {
          String[] keyed = keyAndValue(p);
          key = keyed[0];
          value.append(keyed[1]);
        } else {
          String more = child instanceof Paragraph ? plainText(child) : literalOf(child);
          if (!more.isBlank()) {
            value.append(value.isEmpty() ? "" : " ").append(more.strip());
          }
        }
      }
      return new OutlineItem(key, value.toString().strip(), children);
    }

    private void appendItemText(OutlineItem item, int indent, int depth) {
      text.append("  ".repeat(Math.min(indent, MAX_DEPTH))).append(item.line()).append('\n');
      for (OutlineItem child : item.children()) {
        appendItemText(child, indent + 1, depth + 1);
      }
    }

    Outline finish() {
      closeSection();
      return new Outline(sections, markdown, nestingCut);
    }

    private void closeSection() {
      if (heading != null || !text.isEmpty()) {
        sections.add(
            new OutlineSection(level, heading, paragraphs, items, text.toString().strip()));
      }
      paragraphs = new ArrayList<>();
      items = new ArrayList<>();
      text = new StringBuilder();
      heading = null;
      level = 0;
    }
  }

  /**
   * Splits a paragraph that opens with bold text ending in a colon ({@code **X-axis:**} or {@code
   * **X-axis**:}) into key and value; otherwise the key is null and the value is the whole text.
   */
  private static String[] keyAndValue(Paragraph paragraph) {
    String whole = plainText(paragraph).strip();
    if (paragraph.getFirstChild() instanceof StrongEmphasis strong) {
      String key = plainText(strong).strip();
      String rest = whole.substring(Math.min(whole.length(), whole.indexOf(key) + key.length()));
      boolean colon = key.endsWith(":") || rest.startsWith(":");
      if (colon && !key.isEmpty()) {
        String cleanKey = key.endsWith(":") ? key.substring(0, key.length() - 1).strip() : key;
        String value = rest.startsWith(":") ? rest.substring(1) : rest;
        return new String[] {cleanKey, value.strip()};
      }
    }
    return new String[] {null, whole};
  }

  private static String literalOf(Node block) {
    return switch (block) {
      case FencedCodeBlock code -> code.getLiteral();
      case IndentedCodeBlock code -> code.getLiteral();
      case HtmlBlock html -> html.getLiteral();
      default -> plainText(block);
    };
  }

  /**
   * The text of a node with markup removed, walked iteratively (emphasis can nest arbitrarily).
   * {@code <sup>} becomes "^" so that {@code 10<sup>19</sup>} reads as 10^19; other inline HTML is
   * dropped.
   */
  static String plainText(Node root) {
    StringBuilder text = new StringBuilder();
    Deque<Node> pending = new ArrayDeque<>();
    if (root.getFirstChild() != null) {
      pending.push(root.getFirstChild());
    }
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (node.getNext() != null) {
        pending.push(node.getNext());
      }
      switch (node) {
        case Text t -> text.append(t.getLiteral());
        case Code c -> text.append(c.getLiteral());
        case SoftLineBreak s -> text.append(' ');
        case HardLineBreak h -> text.append('\n');
        case HtmlInline html -> text.append(inlineHtml(html.getLiteral()));
        default -> {
          if (node.getFirstChild() != null) {
            pending.push(node.getFirstChild());
          }
        }
      }
    }
    return text.toString();
  }

  private static String inlineHtml(String tag) {
    String lower = tag.toLowerCase(Locale.ROOT);
    if (lower.equals("<sup>")) {
      return "^";
    }
    return lower.startsWith("<br") ? " " : "";
  }
}
