package io.chartdex.server.api;

import io.chartdex.search.Suggestion;
import java.util.List;

/** The answer to {@code GET /api/suggest}: completions, most used first. */
public record SuggestResponse(List<Suggestion> suggestions) {
  public SuggestResponse {
    suggestions = List.copyOf(suggestions);
  }
}
