package io.chartdex.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.chartdex.model.ChartRecord;
import io.chartdex.model.Section;
import io.chartdex.schema.FieldDef;
import io.chartdex.schema.FieldKind;
import io.chartdex.schema.IndexSchema;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * How the record is kept in {@link IndexFields#RECORD}. When the schema stores a text field over
 * {@code sections[].text}, that field already holds every section's text, so the stored JSON leaves
 * the texts out (null) and reading puts them back from the field's values: the description is
 * stored twice (original text and sections) instead of three times. Immutable; thread-safe.
 */
public final class StoredRecord {
  private static final String SECTION_TEXT = "sections[].text";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectWriter WRITER = JSON.writerFor(ChartRecord.class);
  private static final ObjectReader READER = JSON.readerFor(ChartRecord.class);

  private final String sectionTextField;

  private StoredRecord(String sectionTextField) {
    this.sectionTextField = sectionTextField;
  }

  /** The layout this schema gives: section texts left out when a stored field carries them. */
  public static StoredRecord of(IndexSchema schema) {
    return new StoredRecord(
        schema.fields().stream()
            .filter(f -> f.kind() == FieldKind.TEXT && f.stored())
            .filter(f -> SECTION_TEXT.equals(f.path().toString()))
            .map(FieldDef::name)
            .findFirst()
            .orElse(null));
  }

  /** The stored field whose values are the section texts, or null when the JSON keeps them. */
  public String sectionTextField() {
    return sectionTextField;
  }

  /** What {@link io.chartdex.index} puts in the schema fingerprint for this layout. */
  public String layout() {
    return sectionTextField == null ? "record:whole" : "record:sections-in:" + sectionTextField;
  }

  /** The JSON to store for a record. */
  public String json(ChartRecord record) {
    boolean strip =
        sectionTextField != null && record.sections().stream().allMatch(s -> s.text() != null);
    try {
      return WRITER.writeValueAsString(strip ? withTexts(record, null) : record);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The record from its stored JSON and the stored values of {@link #sectionTextField()} (ignored
   * when the JSON kept its texts).
   */
  public ChartRecord read(String json, List<String> sectionTexts) {
    ChartRecord stored;
    try {
      stored = READER.readValue(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("stored record is not readable", e);
    }
    boolean stripped =
        !stored.sections().isEmpty()
            && stored.sections().stream().allMatch(s -> s.text() == null)
            && sectionTexts.size() == stored.sections().size();
    return stripped ? withTexts(stored, sectionTexts) : stored;
  }

  private static ChartRecord withTexts(ChartRecord record, List<String> texts) {
    List<Section> sections = new ArrayList<>(record.sections().size());
    for (int i = 0; i < record.sections().size(); i++) {
      Section s = record.sections().get(i);
      sections.add(new Section(s.name(), s.heading(), texts == null ? null : texts.get(i)));
    }
    return new ChartRecord(
        record.id(),
        record.source(),
        record.title(),
        record.chartType(),
        record.axes(),
        record.series(),
        record.models(),
        record.colors(),
        record.panels(),
        sections,
        record.warnings());
  }
}
