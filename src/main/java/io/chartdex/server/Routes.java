package io.chartdex.server;

/** The API's paths, shared by the router and the tests that check the OpenAPI document. */
final class Routes {
  static final String SEARCH = "/api/search";
  static final String CHARTS = "/api/charts";

  /** {@code <id>} rather than {@code {id}}: ids may contain raw slashes. */
  static final String CHART = "/api/charts/<" + ChartsHandler.ID + ">";

  static final String SUGGEST = "/api/suggest";
  static final String FACET_VALUES = "/api/facets/{" + FacetsHandler.DIMENSION + "}";
  static final String HEALTH = "/api/health";
  static final String STATS = "/api/stats";
  static final String OPENAPI = "/api/openapi.json";

  private Routes() {}
}
