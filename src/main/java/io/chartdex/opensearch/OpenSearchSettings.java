package io.chartdex.opensearch;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Where and how chartdex reaches its OpenSearch index. Immutable.
 *
 * @param urls node URLs, tried in turn when one is unreachable
 * @param index the index name (lower case, as OpenSearch requires)
 * @param user basic-auth user, or null for none
 * @param password basic-auth password, or null
 * @param shards primary shards when chartdex creates the index
 * @param replicas replicas per shard when chartdex creates the index
 */
public record OpenSearchSettings(
    List<URI> urls, String index, String user, String password, int shards, int replicas) {
  public static final String DEFAULT_INDEX = "chartdex";

  public OpenSearchSettings {
    urls = List.copyOf(urls);
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("give at least one OpenSearch URL");
    }
    if (index == null || index.isBlank() || !index.equals(index.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("OpenSearch index names are lower case: " + index);
    }
    if (shards < 1 || replicas < 0) {
      throw new IllegalArgumentException("shards must be >= 1 and replicas >= 0");
    }
  }

  /** One node, the default index, one shard, no replica, no authentication. */
  public static OpenSearchSettings of(URI url) {
    return new OpenSearchSettings(List.of(url), DEFAULT_INDEX, null, null, 1, 0);
  }

  /** Comma-separated URLs ("http://a:9200,http://b:9200") as a list. */
  public static List<URI> parseUrls(String text) {
    return java.util.Arrays.stream(text.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(s -> URI.create(s.endsWith("/") ? s : s + "/"))
        .toList();
  }
}
