/**
 * The OpenSearch backend: {@link io.chartdex.opensearch.OpenSearchChartEngine} implements the
 * {@link io.chartdex.engine.ChartEngine} boundary over a cluster, reached over HTTP only (the JDK
 * client and Jackson), so OpenSearch's own Lucene never meets chartdex's. The mapping comes from
 * index-config; queries are parsed and analysed by chartdex and sent as the equivalent query DSL.
 */
package io.chartdex.opensearch;
