package io.chartdex.ingest;

import io.chartdex.model.Description;

/**
 * One description handed over as raw bytes (an HTTP request body, say): decoded as UTF-8 with bad
 * bytes replaced, given the id the caller chose or else a hash of its text. Immutable.
 */
public final class TextBodySource implements DescriptionSource {
  private final String location;
  private final byte[] body;
  private final String id;
  private final String source;

  /**
   * @param location how to name the body in a failure ("request body")
   * @param body the description's bytes
   * @param id the id to give it, or null for a content hash
   * @param source where it came from, or null
   */
  public TextBodySource(String location, byte[] body, String id, String source) {
    this.location = location;
    this.body = body.clone();
    this.id = id;
    this.source = source;
  }

  @Override
  public void readInto(Sink sink) {
    String text = TextFiles.decode(body);
    if (text.isBlank()) {
      sink.failed(location, "the description is empty");
      return;
    }
    boolean hasId = id != null && !id.isBlank();
    sink.accept(new Description(hasId ? id : TextFiles.contentId(text), source, text));
  }
}
