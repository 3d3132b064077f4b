package io.chartdex.server.api;

/**
 * The body of every 4xx and 5xx answer.
 *
 * @param error machine-readable code: invalid_query, bad_request, not_found, payload_too_large,
 *     unsupported_media_type, internal
 * @param message what is wrong, for people (a bad query says where)
 */
public record ErrorResponse(String error, String message) {}
