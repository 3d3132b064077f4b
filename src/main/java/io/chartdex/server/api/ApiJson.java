package io.chartdex.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Jackson configuration of the wire: records as they are, nulls written out (a client sees
 * {@code "unit": null} rather than a missing key). One mapper, thread-safe once built.
 */
public final class ApiJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ApiJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
