package io.chartdex.ingest;

import io.chartdex.model.Description;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The sample descriptions bundled in the jar ({@code samples/} on the classpath), listed in {@code
 * samples/samples.list} because a jar cannot be walked like a directory. They are what {@code
 * chartdex serve} indexes when it starts with an empty index. Ids are the listed paths
 * ("charxiv-described/charxiv-val-154.md"); the source is "samples".
 */
public final class BundledSamples implements DescriptionSource {
  static final String ROOT = "samples/";
  static final String MANIFEST = ROOT + "samples.list";
  public static final String SOURCE = "samples";

  @Override
  public void readInto(Sink sink) throws IOException {
    try (InputStream manifest = open(MANIFEST);
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(manifest, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String path = line.strip();
        if (!path.isEmpty() && !path.startsWith("#")) {
          read(path, sink);
        }
      }
    }
  }

  private static void read(String path, Sink sink) throws IOException {
    InputStream in = BundledSamples.class.getClassLoader().getResourceAsStream(ROOT + path);
    if (in == null) {
      sink.failed(ROOT + path, "listed in " + MANIFEST + " but not bundled");
      return;
    }
    try (in) {
      sink.accept(new Description(path, SOURCE, TextFiles.decode(in.readAllBytes())));
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = BundledSamples.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("the jar has no " + resource);
    }
    return in;
  }
}
