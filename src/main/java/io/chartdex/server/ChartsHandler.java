package io.chartdex.server;

import io.chartdex.engine.ChartEngine;
import io.chartdex.ingest.DescriptionSource;
import io.chartdex.ingest.JsonFields;
import io.chartdex.ingest.JsonRecordReader;
import io.chartdex.ingest.TextBodySource;
import io.chartdex.model.ChartRecord;
import io.chartdex.model.Description;
import io.chartdex.server.api.ChartResponse;
import io.chartdex.server.api.IngestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET/DELETE /api/charts/{id}} and {@code POST /api/charts}: one chart by id, and live
 * ingestion of markdown, JSON or JSONL bodies. Stateless apart from the engine; thread-safe.
 */
final class ChartsHandler {
  static final String ID = "id";
  private static final String BODY = "body";

  private final ChartEngine engine;
  private final JsonRecordReader records = new JsonRecordReader(JsonFields.DEFAULT);

  ChartsHandler(ChartEngine engine) {
    this.engine = engine;
  }

  void get(Context ctx) {
    String id = ctx.pathParam(ID);
    ctx.json(
        ChartResponse.of(
            engine.get(id).orElseThrow(() -> ApiException.notFound("no chart with id " + id))));
  }

  void delete(Context ctx) throws IOException {
    String id = ctx.pathParam(ID);
    if (!engine.delete(id)) {
      throw ApiException.notFound("no chart with id " + id);
    }
    ctx.status(HttpStatus.NO_CONTENT);
  }

  /** Reads the body as its content type says, indexes what it could read, reports the rest. */
  void add(Context ctx) throws IOException {
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      throw ApiException.badRequest("the request body is empty: send a description");
    }
    Collected collected = new Collected();
    source(ctx, body).readInto(collected);
    if (collected.descriptions.isEmpty()) {
      throw ApiException.badRequest("nothing to index: " + collected.describeFailures());
    }
    List<ChartRecord> indexed = engine.add(collected.descriptions);
    ctx.status(HttpStatus.CREATED).json(IngestResponse.of(indexed, collected.failures));
  }

  private DescriptionSource source(Context ctx, byte[] body) {
    String type = mediaType(ctx.contentType());
    return switch (type) {
      case "text/markdown", "text/plain", "text/x-markdown" ->
          new TextBodySource(BODY, body, ctx.queryParam("id"), ctx.queryParam("source"));
      case "application/json" ->
          sink -> records.readDocument(BODY, new String(body, StandardCharsets.UTF_8), sink);
      case "application/x-ndjson", "application/jsonl", "application/x-jsonlines" ->
          sink ->
              records.readLines(
                  BODY, new StringReader(new String(body, StandardCharsets.UTF_8)), sink);
      default ->
          throw ApiException.unsupportedMediaType(
              "Content-Type must be text/markdown, text/plain, application/json or"
                  + " application/x-ndjson, not "
                  + (type.isEmpty() ? "missing" : type));
    };
  }

  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.strip().toLowerCase(Locale.ROOT);
  }

  /** Collects what a body yields; one per request. */
  private static final class Collected implements DescriptionSource.Sink {
    final List<Description> descriptions = new ArrayList<>();
    final List<IngestResponse.Failure> failures = new ArrayList<>();

    @Override
    public void accept(Description description) {
      descriptions.add(description);
    }

    @Override
    public void failed(String location, String reason) {
      failures.add(new IngestResponse.Failure(location, reason));
    }

    String describeFailures() {
      return failures.stream().map(f -> f.location() + ": " + f.reason()).toList().toString();
    }
  }
}
