package io.chartdex.ingest;

import io.chartdex.model.Description;
import java.util.ArrayList;
import java.util.List;

/** Records what a source yields, for assertions. */
final class CollectingSink implements DescriptionSource.Sink {
  final List<Description> descriptions = new ArrayList<>();
  final List<String> failures = new ArrayList<>();

  @Override
  public void accept(Description description) {
    descriptions.add(description);
  }

  @Override
  public void failed(String location, String reason) {
    failures.add(location + " -> " + reason);
  }

  List<String> ids() {
    return descriptions.stream().map(Description::id).toList();
  }
}
