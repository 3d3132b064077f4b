package io.chartdex.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON output for {@code --json}: one compact document a line, for jq and other tools. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static String line(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      // Our records are plain data; failing to write one is a bug, not an input problem.
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }
}
