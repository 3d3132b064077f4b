package io.chartdex.parse;

import io.chartdex.config.ConfigSource;
import io.chartdex.model.Axis;
import io.chartdex.model.ChartRecord;
import io.chartdex.model.Description;
import io.chartdex.model.ParseWarning;
import io.chartdex.model.Section;
import io.chartdex.model.Series;
import java.util.ArrayList;
import java.util.List;

/**
 * Text → {@link ChartRecord}. Immutable and thread-safe; build once from index-config and share.
 * {@link #parse} never throws and never hangs: what it cannot read becomes warnings on the record.
 *
 * <p>The stages, each its own class: {@link InputText} makes the text safe, {@link MarkdownOutline}
 * reads its structure, then {@link HeaderReader} (title, type), {@link AxisFinder} (axes, through
 * {@link AxisReader}), {@link LegendReader} (series), {@link ModelGazetteer} (models), {@link
 * ColorWords} (colours), {@link PanelReader} (panels) and {@link SectionNames} (sections) each read
 * one field from the outline.
 */
public final class ChartParser {
  private final MarkdownOutline outlines = new MarkdownOutline();
  private final HeaderReader headers;
  private final AxisFinder axes = new AxisFinder(new AxisReader());
  private final LegendReader legends = new LegendReader();
  private final ModelGazetteer models;
  private final PanelReader panels = new PanelReader();

  private ChartParser(ChartTypeVocabulary vocabulary, ModelGazetteer models) {
    this.headers = new HeaderReader(vocabulary);
    this.models = models;
  }

  /**
   * A parser with the vocabularies (chart types, model gazetteer) of this configuration.
   *
   * @throws io.chartdex.config.ConfigException when chart-types.json or models.json is missing or
   *     invalid
   */
  public static ChartParser fromConfig(ConfigSource config) {
    return new ChartParser(ChartTypeVocabulary.load(config), ModelGazetteer.load(config));
  }

  /** What this description states about its chart. */
  public ChartRecord parse(Description description) {
    try {
      return read(description);
    } catch (RuntimeException | StackOverflowError e) {
      // The contract is a record for every description; the failure is reported on it.
      String text = description.text();
      String kept =
          text.length() > InputText.MAX_CHARS ? text.substring(0, InputText.MAX_CHARS) : text;
      return new ChartRecord(
          description.id(),
          description.source(),
          null,
          null,
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(new Section(SectionNames.BODY, null, kept)),
          List.of(
              new ParseWarning(
                  "parse-failed", e.getClass().getSimpleName() + ": " + e.getMessage())));
    }
  }

  private ChartRecord read(Description description) {
    InputText.Prepared prepared = InputText.prepare(description.text());
    List<ParseWarning> warnings = new ArrayList<>(prepared.warnings());
    if (prepared.text().isBlank()) {
      warnings.add(new ParseWarning("empty", "the description has no text"));
    }
    Outline outline = outlines.read(prepared.text());
    if (outline.nestingCut()) {
      warnings.add(
          new ParseWarning(
              "truncated",
              "structure nested deeper than " + MarkdownOutline.MAX_DEPTH + " levels dropped"));
    }
    HeaderReader.Header header = headers.read(outline);
    List<Axis> axisList = axes.find(outline, warnings);
    List<Series> series = legends.read(outline);
    String plain = outline.plainText();
    if (series.isEmpty()) {
      series = LegendSentences.fromProse(plain);
    }
    if (series.isEmpty() && !outline.markdown()) {
      series = LegendSentences.fromColourTags(plain);
    }
    List<String> modelList = models.find(plain, header.opening(), series);
    warn(outline, header, axisList, warnings);
    return new ChartRecord(
        description.id(),
        description.source(),
        header.title(),
        header.type(),
        axisList,
        series,
        modelList,
        ColorWords.find(plain),
        panels.read(outline),
        sections(outline, header.section()),
        warnings);
  }

  private static void warn(
      Outline outline, HeaderReader.Header header, List<Axis> axes, List<ParseWarning> warnings) {
    boolean hasText = !outline.sections().isEmpty();
    if (hasText && !outline.markdown()) {
      warnings.add(new ParseWarning("not-markdown", "plain prose: fields read from sentences"));
    }
    if (hasText && header.type() == null) {
      warnings.add(new ParseWarning("no-chart-type", "no chart type named in header or text"));
    }
    if (outline.markdown() && header.title() == null) {
      warnings.add(new ParseWarning("no-title", "no '## <Type>: <title>' header"));
    }
    if (outline.markdown() && axes.isEmpty()) {
      warnings.add(new ParseWarning("no-axes", "no axis bullet, axis section or axis sentence"));
    }
  }

  /**
   * Sections in document order, by canonical name; a subsection without a name of its own takes its
   * parent's ("#### X-Axis" under "Axis Labels and Markers"), the title header and the rest are
   * "body".
   */
  private static List<Section> sections(Outline outline, OutlineSection header) {
    List<Section> sections = new ArrayList<>();
    String[] nameAtLevel = new String[8];
    for (OutlineSection section : outline.sections()) {
      String name = section == header ? null : SectionNames.of(section.heading());
      int level = Math.min(section.level(), 7);
      if (name == null && section.heading() != null && section != header) {
        for (int parent = level - 1; parent > 0 && name == null; parent--) {
          name = nameAtLevel[parent];
        }
      }
      for (int deeper = level; deeper < nameAtLevel.length; deeper++) {
        nameAtLevel[deeper] = null;
      }
      nameAtLevel[level] = name;
      if (!section.text().isBlank()) {
        sections.add(
            new Section(
                name == null ? SectionNames.BODY : name, section.heading(), section.text()));
      }
    }
    return sections;
  }
}
