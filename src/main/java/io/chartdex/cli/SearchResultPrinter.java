package io.chartdex.cli;

import io.chartdex.model.Axis;
import io.chartdex.search.FacetResult;
import io.chartdex.search.SearchHit;
import io.chartdex.search.SearchResult;
import io.chartdex.search.Snippet;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Prints a search result for people: ranked hits with their structure and snippets, then facets.
 */
final class SearchResultPrinter {
  private final PrintWriter out;
  private final TerminalText text;

  SearchResultPrinter(PrintWriter out, TerminalText text) {
    this.out = out;
    this.text = text;
  }

  void print(String query, SearchResult result, int offset) {
    out.printf(
        Locale.ROOT,
        "%,d chart%s match%s%s (%d ms)%n",
        result.total(),
        result.total() == 1 ? "" : "s",
        result.total() == 1 ? "es" : "",
        query.isBlank() ? "" : " " + query,
        result.tookMillis());
    int rank = offset;
    for (SearchHit hit : result.hits()) {
      out.println();
      printHit(++rank, hit);
    }
    if (result.nextCursor() != null) {
      out.println();
      out.println("more: --cursor " + result.nextCursor());
    }
    for (FacetResult facet : result.facets()) {
      printFacet(facet);
    }
  }

  private void printHit(int rank, SearchHit hit) {
    out.printf(
        Locale.ROOT,
        "%d. %s  [%s]  %s%n",
        rank,
        hit.title() == null ? "(untitled)" : hit.title(),
        hit.chartType().normalized(),
        hit.id());
    String axes =
        hit.axes().stream()
            .map((Axis a) -> a.role().code() + ": " + AxisText.of(a))
            .collect(Collectors.joining(" · "));
    if (!axes.isEmpty()) {
      out.println("   " + axes);
    }
    if (!hit.models().isEmpty()) {
      out.println("   models: " + String.join(", ", hit.models()));
    }
    for (Snippet snippet : hit.snippets()) {
      for (String fragment : snippet.fragments()) {
        out.println("   " + snippet.label() + ": " + text.snippet(fragment));
      }
    }
  }

  private void printFacet(FacetResult facet) {
    if (facet.values().isEmpty()) {
      return;
    }
    String values =
        facet.values().stream()
            .map(v -> (v.selected() ? "*" : "") + v.value() + " (" + v.count() + ")")
            .collect(Collectors.joining(", "));
    out.println();
    out.println(facet.label() + ": " + values);
  }
}
