package io.chartdex.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BundledSamplesTest {

  @Test
  void manifestListsEveryBundledSampleAndEachIsRead() throws Exception {
    Path folder = Path.of(BundledSamples.class.getClassLoader().getResource("samples").toURI());
    try (Stream<Path> files = Files.walk(folder)) {
      var onDisk =
          files
              .filter(p -> p.toString().endsWith(".md"))
              .map(p -> folder.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .toList();

      CollectingSink sink = new CollectingSink();
      new BundledSamples().readInto(sink);

      assertThat(sink.failures).isEmpty();
      assertThat(sink.ids()).containsExactlyInAnyOrderElementsOf(onDisk).hasSize(62);
      assertThat(sink.descriptions).allMatch(d -> d.source().equals(BundledSamples.SOURCE));
    }
  }
}
