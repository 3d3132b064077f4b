package io.chartdex.opensearch;

import io.chartdex.ingest.BundledSamples;
import io.chartdex.ingest.DescriptionSource;
import io.chartdex.model.Description;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The bundled sample descriptions as a list, for tests that load them in their own batches. */
final class BundledDescriptions {
  private BundledDescriptions() {}

  /** Every bundled sample, in manifest order; a sample that cannot be read fails the test. */
  static List<Description> all() throws IOException {
    List<Description> all = new ArrayList<>();
    new BundledSamples()
        .readInto(
            new DescriptionSource.Sink() {
              @Override
              public void accept(Description d) {
                all.add(d);
              }

              @Override
              public void failed(String location, String reason) {
                throw new IllegalStateException(location + ": " + reason);
              }
            });
    return all;
  }
}
