package io.chartdex.cli;

import io.chartdex.engine.ChartEngine;
import io.chartdex.search.InvalidQueryException;
import io.chartdex.search.RangeFilter;
import io.chartdex.search.SearchRequest;
import io.chartdex.search.SearchResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chartdex search}: runs one query with facet and range filters. Like grep, the exit code is
 * 0 when charts matched and 1 when none did; a malformed query exits 2 saying where.
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Search the index: free text, field queries, ranges, facet filters.")
final class SearchCommand implements Callable<Integer> {
  @Parameters(
      arity = "0..1",
      paramLabel = "QUERY",
      defaultValue = "",
      description = "e.g. 'axis:\"decoding steps\"', 'type:heatmap', 'x:[32000 TO *]'.")
  String query;

  @Mixin EngineOptions engine;

  @Option(names = "--type", paramLabel = "TYPE", description = "Chart type filter (repeatable).")
  List<String> types = List.of();

  @Option(
      names = "--filter",
      paramLabel = "DIM=VALUE",
      description = "Facet filter, e.g. model=Pro (repeatable; OR within a facet, AND across).")
  List<String> filters = List.of();

  @Option(
      names = "--range",
      paramLabel = "ROLE=MIN..MAX[:RELATION]",
      description =
          "Axis range, e.g. x=32000.. or y=0..1:within (relation intersects, within, contains).")
  List<String> ranges = List.of();

  @Option(names = "--size", defaultValue = "10", description = "Hits per page (default 10).")
  int size;

  @Option(names = "--page", defaultValue = "1", description = "Page number, from 1.")
  int page;

  @Option(names = "--cursor", description = "Continue after a previous result's next cursor.")
  String cursor;

  @Option(
      names = "--facets",
      split = ",",
      paramLabel = "DIM",
      description = "Facet dimensions to count (default: all).")
  List<String> facets = List.of();

  @Option(
      names = "--facet-limit",
      defaultValue = "10",
      description = "Values listed per facet (default 10; chosen values always listed).")
  int facetLimit;

  @Option(names = "--snippets", defaultValue = "2", description = "Snippets per field.")
  int snippets;

  @Option(names = "--snippet-length", defaultValue = "160", description = "Characters a snippet.")
  int snippetLength;

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    SearchRequest request = request();
    SearchResult result;
    try (ChartEngine charts = engine.openEngine()) {
      result = charts.search(request);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.line(result));
    } else {
      Ansi ansi = spec.commandLine().getColorScheme().ansi();
      new SearchResultPrinter(out, new TerminalText(ansi)).print(query, result, request.offset());
    }
    out.flush();
    return result.total() > 0 ? ExitCodes.OK : ExitCodes.PARTIAL;
  }

  SearchRequest request() {
    if (page < 1) {
      throw new InvalidQueryException("--page must be 1 or more: " + page);
    }
    SearchRequest.Builder builder =
        SearchRequest.builder()
            .query(query)
            .size(size)
            .offset((page - 1) * size)
            .cursor(cursor)
            .facets(facets)
            .facetLimit(facetLimit)
            .snippets(snippets)
            .snippetLength(snippetLength);
    types.forEach(type -> builder.filter("type", type));
    for (String filter : filters) {
      int eq = filter.indexOf('=');
      if (eq <= 0) {
        throw new InvalidQueryException("--filter must look like dimension=value: " + filter);
      }
      builder.filter(filter.substring(0, eq).strip(), filter.substring(eq + 1).strip());
    }
    ranges.forEach(range -> builder.range(range(range)));
    return builder.build();
  }

  private static RangeFilter range(String argument) {
    int eq = argument.indexOf('=');
    if (eq <= 0) {
      throw new InvalidQueryException("--range must look like x=0..250: " + argument);
    }
    String span = argument.substring(eq + 1);
    int colon = span.lastIndexOf(':');
    String relation = colon < 0 ? null : span.substring(colon + 1);
    return RangeFilter.parse(
        argument.substring(0, eq).strip(), colon < 0 ? span : span.substring(0, colon), relation);
  }
}
