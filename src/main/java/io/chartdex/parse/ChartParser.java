package io.chartdex.parse;

import io.chartdex.config.ConfigSource;
import io.chartdex.model.ChartRecord;
import io.chartdex.model.Description;
import io.chartdex.model.Section;
import java.util.List;

/**
 * Text → {@link ChartRecord}. Immutable and thread-safe; build once from index-config and share.
 * {@link #parse} never throws and never hangs: what it cannot read becomes warnings on the record.
 *
 * <p>CONTRACT STUB: the real implementation replaces this body; the two public methods stay.
 */
public final class ChartParser {

  private ChartParser() {}

  /** A parser with the vocabularies (chart types, model gazetteer) of this configuration. */
  public static ChartParser fromConfig(ConfigSource config) {
    return new ChartParser();
  }

  /** What this description states about its chart. */
  public ChartRecord parse(Description description) {
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
        List.of(new Section("body", null, description.text())),
        List.of());
  }
}
