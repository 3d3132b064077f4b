/**
 * The engine: chartdex as a library. {@link io.chartdex.engine.ChartEngine} is the boundary the CLI
 * and the server use; the embedded Lucene implementation wires index-config, the parser, the index
 * and the searcher together.
 */
package io.chartdex.engine;
