package io.chartdex.parse;

import io.chartdex.model.ChartType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title and chart type: from the header ({@code ## Line Graphs: <title>}, {@code ## Chart:
 * <title>}, {@code # Technical Document Extraction: <title>}), the type otherwise from the prose
 * ("The image is a single-panel line chart", "This horizontal box plot"). Immutable and
 * thread-safe.
 */
final class HeaderReader {
  /**
   * What the header and prose say.
   *
   * @param section the header's section, or null when the text has no title header
   * @param title null when none is stated
   * @param type null when nothing names one
   * @param opening the prose that introduces the chart (overview, image description, first lines)
   */
  record Header(OutlineSection section, String title, ChartType type, String opening) {}

  private static final Pattern TYPED = Pattern.compile("^([^:]{1,60}?)\\s*:\\s*(.+)$");
  private static final int MAX_TYPE_WORDS = 4;

  private final ChartTypeVocabulary vocabulary;

  HeaderReader(ChartTypeVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  Header read(Outline outline) {
    OutlineSection header = headerSection(outline);
    String title = null;
    ChartType type = null;
    if (header != null) {
      Matcher typed = TYPED.matcher(header.heading());
      if (typed.matches() && words(typed.group(1)) <= MAX_TYPE_WORDS) {
        title = typed.group(2).strip();
        type = vocabulary.ofHeader(typed.group(1));
        if (type == null && !vocabulary.isGeneric(typed.group(1))) {
          type = new ChartType(typed.group(1).strip(), ChartType.OTHER);
        }
      } else {
        title = header.heading();
      }
    }
    String opening = openingProse(outline, header);
    if (type == null || ChartType.OTHER.equals(type.normalized()) && type.raw() == null) {
      type = vocabulary.inProse(opening);
      if (type == null) {
        type = vocabulary.inProse(outline.plainText());
      }
      if (type == null) {
        type = vocabulary.suggestedBy(outline.plainText());
      }
    }
    if (type != null) {
      type = vocabulary.refine(type, (title == null ? "" : title) + "\n" + opening);
    }
    return new Header(header, title == null || title.isEmpty() ? null : title, type, opening);
  }

  /** The first heading when it is a title, not a section name ("## Overview"). */
  private static OutlineSection headerSection(Outline outline) {
    for (OutlineSection section : outline.sections()) {
      if (section.heading() != null) {
        boolean title = section.level() <= 2 && SectionNames.of(section.heading()) == null;
        boolean typed = TYPED.matcher(section.heading()).matches();
        return title || typed && section.level() <= 2 ? section : null;
      }
    }
    return null;
  }

  /** The prose that introduces the chart: the header's own text, else the first section's. */
  private static String openingProse(Outline outline, OutlineSection header) {
    for (OutlineSection section : outline.sections()) {
      if (section != header && !section.text().isBlank()) {
        return section.text();
      }
      if (section == header && !section.text().isBlank()) {
        return section.text();
      }
    }
    return "";
  }

  private static int words(String text) {
    return text.strip().split("\\s+").length;
  }
}
