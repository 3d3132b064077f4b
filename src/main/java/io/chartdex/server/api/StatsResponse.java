package io.chartdex.server.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The answer to {@code GET /api/stats}.
 *
 * @param documents charts in the index
 * @param indexBytes bytes the index takes on disk
 * @param location where the index lives
 * @param uptimeMillis time since the server started
 */
@JsonPropertyOrder({"documents", "indexBytes", "location", "uptimeMillis"})
public record StatsResponse(long documents, long indexBytes, String location, long uptimeMillis) {}
