package io.chartdex.server;

import java.util.List;
import java.util.Map;

/**
 * Typed reading of one request's query parameters: every bad value becomes a 400 that names the
 * parameter. Wraps the decoded parameter map; not thread-safe (one per request).
 */
final class QueryParams {
  private final Map<String, List<String>> params;

  QueryParams(Map<String, List<String>> params) {
    this.params = params;
  }

  Map<String, List<String>> all() {
    return params;
  }

  /** The parameter's first value, stripped; null when absent or blank. */
  String text(String name) {
    List<String> values = params.get(name);
    if (values == null || values.isEmpty() || values.get(0).isBlank()) {
      return null;
    }
    return values.get(0).strip();
  }

  /** The parameter as an integer in [min, max], or the default when absent. */
  int integer(String name, int defaultValue, int min, int max) {
    String value = text(name);
    if (value == null) {
      return defaultValue;
    }
    int number;
    try {
      number = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be an integer: \"" + value + "\"");
    }
    if (number < min || number > max) {
      throw ApiException.badRequest(name + " must be " + min + ".." + max + ": " + number);
    }
    return number;
  }

  /** The parameter's comma-separated values, or an empty list when absent. */
  List<String> commaList(String name) {
    String value = text(name);
    if (value == null) {
      return List.of();
    }
    return java.util.Arrays.stream(value.split(",", -1))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
