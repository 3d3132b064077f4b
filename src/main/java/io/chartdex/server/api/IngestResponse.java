package io.chartdex.server.api;

import io.chartdex.model.ChartRecord;
import io.chartdex.model.ParseWarning;
import java.util.List;

/**
 * The answer to {@code POST /api/charts}: what was indexed (durable and searchable now) and what
 * could not be read.
 *
 * @param indexed charts indexed by this request
 * @param charts each indexed chart's id and parse warnings, in request order
 * @param failures items of the body that could not be read, with where and why
 */
public record IngestResponse(int indexed, List<IndexedChart> charts, List<Failure> failures) {
  public IngestResponse {
    charts = List.copyOf(charts);
    failures = List.copyOf(failures);
  }

  public static IngestResponse of(List<ChartRecord> records, List<Failure> failures) {
    return new IngestResponse(
        records.size(),
        records.stream().map(r -> new IndexedChart(r.id(), r.warnings())).toList(),
        failures);
  }

  /** One chart now in the index, with what the parser could not read. */
  public record IndexedChart(String id, List<ParseWarning> warnings) {
    public IndexedChart {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * One item of the body that was not indexed.
   *
   * @param location where in the body ("body:3" for the third JSONL line, "body[2]")
   * @param reason what was wrong with it
   */
  public record Failure(String location, String reason) {}
}
