/**
 * Serving: the HTTP API and the web UI over a {@link io.chartdex.engine.ChartEngine}. {@link
 * io.chartdex.server.ChartdexServer} wires Javalin (routes, CORS, static files, security headers,
 * graceful stop); each small handler class owns a group of routes as method references; {@code
 * SearchParams} is the one place request parameters are read and validated, {@code ErrorResponses}
 * the one place failures become {@code {"error","message"}} answers. The JSON shapes live in {@code
 * io.chartdex.server.api}. Nothing here knows Lucene.
 */
package io.chartdex.server;
