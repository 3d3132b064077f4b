package io.chartdex.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.chartdex.config.ConfigException;
import io.chartdex.config.ConfigSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoader;

/**
 * The analyzers of fields.json by name, each built once with Lucene's {@link CustomAnalyzer} from a
 * tokenizer and filters named by their SPI names ("standard", "lowercase", "porterStem",
 * "synonymGraph"). Files an analyzer reads (synonyms.txt) come from the same configuration.
 * Analyzers are thread-safe and shared by indexing and search.
 */
final class AnalyzerRegistry {
  /** Values of one field are this many positions apart, so a phrase never spans two values. */
  private static final int POSITION_GAP = 100;

  private final Map<String, Analyzer> analyzers;

  private AnalyzerRegistry(Map<String, Analyzer> analyzers) {
    this.analyzers = Map.copyOf(analyzers);
  }

  static AnalyzerRegistry build(JsonNode declared, ConfigSource config, String file) {
    Map<String, Analyzer> built = new LinkedHashMap<>();
    if (declared == null || declared.isMissingNode()) {
      return new AnalyzerRegistry(built);
    }
    if (!declared.isObject()) {
      throw new SchemaException(file, "analyzers", "must be an object of name → analyzer");
    }
    ResourceLoader loader = new ConfigResourceLoader(config);
    for (Map.Entry<String, JsonNode> entry : declared.properties()) {
      String where = "analyzers." + entry.getKey();
      built.put(entry.getKey(), buildOne(entry.getValue(), loader, file, where));
    }
    return new AnalyzerRegistry(built);
  }

  boolean has(String name) {
    return analyzers.containsKey(name);
  }

  Analyzer get(String name) {
    return analyzers.get(name);
  }

  Set<String> names() {
    return new TreeSet<>(analyzers.keySet());
  }

  private static Analyzer buildOne(
      JsonNode spec, ResourceLoader loader, String file, String where) {
    JsonNode tokenizer = spec.path("tokenizer");
    if (!tokenizer.isTextual() && !tokenizer.isObject()) {
      throw new SchemaException(
          file, where + ".tokenizer", "missing: name a tokenizer (\"standard\")");
    }
    String step = where + ".tokenizer";
    try {
      CustomAnalyzer.Builder builder =
          CustomAnalyzer.builder(loader).withPositionIncrementGap(POSITION_GAP);
      builder.withTokenizer(componentName(tokenizer), params(tokenizer));
      JsonNode filters = spec.path("filters");
      for (int i = 0; i < filters.size(); i++) {
        step = where + ".filters[" + i + "]";
        builder.addTokenFilter(componentName(filters.get(i)), params(filters.get(i)));
      }
      return builder.build();
    } catch (ConfigException e) {
      throw new SchemaException(file, step, e.getMessage(), e);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new SchemaException(file, step, String.valueOf(e.getMessage()), e);
    }
  }

  /** A component is "name" or {"name": {param: value}}. */
  private static String componentName(JsonNode component) {
    return component.isTextual() ? component.asText() : component.fieldNames().next();
  }

  private static Map<String, String> params(JsonNode component) {
    Map<String, String> params = new LinkedHashMap<>();
    if (component.isObject()) {
      component
          .properties()
          .iterator()
          .next()
          .getValue()
          .properties()
          .forEach(p -> params.put(p.getKey(), p.getValue().asText()));
    }
    return params;
  }

  /** Lets analysis factories read their files (synonyms.txt) from the configuration. */
  private static final class ConfigResourceLoader implements ResourceLoader {
    private final ConfigSource config;
    private final ClasspathResourceLoader classes =
        new ClasspathResourceLoader(AnalyzerRegistry.class.getClassLoader());

    ConfigResourceLoader(ConfigSource config) {
      this.config = config;
    }

    @Override
    public InputStream openResource(String resource) {
      return config.open(resource);
    }

    @Override
    public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
      return classes.findClass(cname, expectedType);
    }
  }
}
