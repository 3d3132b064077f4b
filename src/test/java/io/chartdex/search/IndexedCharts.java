package io.chartdex.search;

import io.chartdex.config.ConfigSource;
import io.chartdex.index.ChartIndex;
import io.chartdex.index.IndexReport;
import io.chartdex.index.ProgressListener;
import io.chartdex.model.ChartRecord;
import io.chartdex.model.Description;
import io.chartdex.schema.IndexSchema;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A real on-disk index of hand-built records with the bundled schema, and a searcher over it. */
public final class IndexedCharts implements Closeable {
  public final IndexSchema schema = IndexSchema.load(ConfigSource.bundled());
  public final ChartIndex index;
  public final ChartSearcher searcher;

  public IndexedCharts(Path directory) throws IOException {
    index = ChartIndex.open(directory, schema, ChartSearcher.searcherFactory(schema));
    searcher = new ChartSearcher(schema, index.searchers());
  }

  /** Indexes records as if the parser had made them from descriptions "text of <id>". */
  public IndexReport add(List<ChartRecord> records) throws IOException {
    Map<String, ChartRecord> byId = new LinkedHashMap<>();
    records.forEach(r -> byId.put(r.id(), r));
    return index.index(
        sink ->
            records.forEach(
                r -> sink.accept(new Description(r.id(), r.source(), "text of " + r.id()))),
        d -> byId.get(d.id()),
        ProgressListener.NONE);
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
