/**
 * The JSON wire types of the HTTP API (docs: README "HTTP API" and {@code /api/openapi.json}).
 * Plain records serialised by Jackson; their shapes are pinned by golden JSON fixtures in the
 * tests, so a change here is a change of the public API. The search records they carry ({@link
 * io.chartdex.search.SearchHit}, {@link io.chartdex.search.FacetResult}) serialise as they are.
 */
package io.chartdex.server.api;
