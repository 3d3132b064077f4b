package io.chartdex.bench.peers;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chartdex.bench.common.BenchQuery;
import io.chartdex.bench.common.SearchPeer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * chartdex over HTTP: a running {@code chartdex serve} (started by run.sh on loopback over the index
 * the in-process peer built) asked through {@code GET /api/search}, the response JSON parsed for
 * its total. Ingest is not measured here (the index exists). Thread-safe: one shared HttpClient.
 */
public final class HttpPeer implements SearchPeer {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private HttpPeer(String base) {
    this.base = base;
  }

  /** The "index directory" argument is the server's base URL for this peer. */
  public static HttpPeer open(Path baseUrl) {
    return new HttpPeer(baseUrl.toString().replace("http:/", "http://").replaceAll("/$", ""));
  }

  @Override
  public long ingest(Path corpusDir) {
    return 0;
  }

  @Override
  public long search(BenchQuery q) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url(q))).GET().build();
    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "HTTP " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
    }
    return JSON.readTree(response.body()).path("total").asLong();
  }

  private String url(BenchQuery q) {
    String query = ChartdexPeer.request(q).query();
    List<String> params = new ArrayList<>();
    params.add("q=" + encode(query));
    params.add("facets=" + encode(String.join(",", q.facets())));
    if (!q.type().isEmpty()) {
      params.add("f.type=" + encode(q.type()));
    }
    if (!q.model().isEmpty()) {
      params.add("f.model=" + encode(q.model()));
    }
    if (q.hasRange()) {
      params.add(
          "range." + q.rangeRole() + "="
              + encode(String.format(Locale.ROOT, "%s..%s", q.rangeMin(), q.rangeMax())));
    }
    return base + "/api/search?" + String.join("&", params);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public long indexBytes() {
    return 0;
  }

  @Override
  public void close() {
    client.close();
  }
}
