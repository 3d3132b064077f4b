/**
 * Search: the user's query syntax, facets with sideways counts, highlighting — and the request and
 * result records that carry them. The records ({@link io.chartdex.search.SearchRequest}, {@link
 * io.chartdex.search.SearchResult} and their parts) hold no Lucene types, so the server, the CLI
 * and other backends share them.
 */
package io.chartdex.search;
