package io.chartdex.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.chartdex.config.ConfigSource;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.facet.FacetsConfig;

/**
 * Reads fields.json and compiles it into an {@link IndexSchema}, failing on the first fault with
 * the file, the JSON path of the field and what is wrong. Used once per schema; not thread-safe.
 */
final class SchemaLoader {
  private static final Set<String> FIELD_KEYS =
      Set.of(
          "name",
          "kind",
          "path",
          "analyzer",
          "searchAnalyzer",
          "stored",
          "highlight",
          "label",
          "boost",
          "alias",
          "default",
          "canonical",
          "hidden",
          "suggest");

  private final ConfigSource config;
  private final String file;
  private final List<FieldDef> fields = new java.util.ArrayList<>();
  private final Map<String, QueryTarget> aliases = new LinkedHashMap<>();
  private final Map<String, String> aliasOwner = new HashMap<>();

  SchemaLoader(ConfigSource config) {
    this.config = config;
    this.file = config.describe(IndexSchema.FILE);
  }

  IndexSchema load() {
    JsonNode root = config.readJson(IndexSchema.FILE);
    AnalyzerRegistry analyzers = AnalyzerRegistry.build(root.path("analyzers"), config, file);
    JsonNode declared = root.path("fields");
    if (!declared.isArray() || declared.isEmpty()) {
      throw new SchemaException(file, "fields", "must be a non-empty array of fields");
    }
    for (int i = 0; i < declared.size(); i++) {
      FieldDef field = new FieldReader(declared.get(i), "fields[" + i + "]", analyzers).read();
      checkUnique(field, "fields[" + i + "]");
      fields.add(field);
      if (field.alias() != null) {
        addAlias(field.alias(), field, "fields[" + i + "].alias", "field '" + field.name() + "'");
      }
    }
    readAliasGroups(root.path("aliases"));
    return new IndexSchema(
        fields,
        aliases,
        analyzerPerField(analyzers, false),
        analyzerPerField(analyzers, true),
        facetsConfig());
  }

  private void checkUnique(FieldDef field, String where) {
    boolean facet = field.kind() == FieldKind.FACET;
    for (FieldDef other : fields) {
      if (other.name().equals(field.name()) && (other.kind() == FieldKind.FACET) == facet) {
        throw new SchemaException(
            file,
            where + ".name",
            "duplicate " + (facet ? "facet" : "field") + " '" + field.name() + "'");
      }
      if (facet && field.suggest() != null && field.suggest().equals(other.suggest())) {
        throw new SchemaException(
            file,
            where + ".suggest",
            "'" + field.suggest() + "' is already completed by facet '" + other.name() + "'");
      }
    }
  }

  /**
   * One alias may name term fields and one range field ({@code x:} words, {@code x:[a TO b]}
   * ranges); only an alias group may name several term fields.
   */
  private void addAlias(String alias, FieldDef field, String where, String owner) {
    String slot = alias + (field.kind() == FieldKind.AXIS_RANGE ? "/range" : "/terms");
    String previous = aliasOwner.putIfAbsent(slot, owner);
    if (previous != null && !previous.equals(owner)) {
      throw new SchemaException(
          file, where, "duplicate alias '" + alias + "': already used by " + previous);
    }
    QueryTarget target = aliases.getOrDefault(alias, new QueryTarget(List.of(), null));
    if (field.kind() == FieldKind.AXIS_RANGE && target.range() != null) {
      throw new SchemaException(
          file,
          where,
          "alias '"
              + alias
              + "' already ranges over '"
              + target.range().name()
              + "': one per alias");
    }
    aliases.put(alias, target.with(field));
  }

  private void readAliasGroups(JsonNode groups) {
    if (groups.isMissingNode()) {
      return;
    }
    for (Map.Entry<String, JsonNode> group : groups.properties()) {
      String where = "aliases." + group.getKey();
      if (aliases.containsKey(group.getKey())) {
        throw new SchemaException(
            file, where, "duplicate alias '" + group.getKey() + "': already used by a field");
      }
      for (int i = 0; i < group.getValue().size(); i++) {
        String name = group.getValue().get(i).asText();
        String member = where + "[" + i + "]";
        FieldDef field =
            fields.stream()
                .filter(f -> f.kind() != FieldKind.FACET && f.name().equals(name))
                .findFirst()
                .orElseThrow(
                    () -> new SchemaException(file, member, "unknown field '" + name + "'"));
        addAlias(group.getKey(), field, member, "alias group '" + group.getKey() + "'");
      }
    }
  }

  private Analyzer analyzerPerField(AnalyzerRegistry analyzers, boolean search) {
    Map<String, Analyzer> byField = new HashMap<>();
    for (FieldDef f : fields) {
      if (f.kind() == FieldKind.TEXT) {
        byField.put(f.name(), analyzers.get(search ? f.searchAnalyzer() : f.analyzer()));
      }
    }
    return IndexSchema.perField(new KeywordAnalyzer(), byField);
  }

  private FacetsConfig facetsConfig() {
    FacetsConfig facets = new FacetsConfig();
    for (FieldDef f : fields) {
      if (f.kind() == FieldKind.FACET) {
        // Every dimension may carry several values per chart (axes, models, series).
        facets.setMultiValued(f.name(), true);
        facets.setIndexFieldName(f.name(), IndexSchema.facetIndexField(f.name()));
      }
    }
    return facets;
  }

  /** Reads and checks one entry of the fields array. */
  private final class FieldReader {
    private final JsonNode node;
    private final String where;
    private final AnalyzerRegistry analyzers;

    FieldReader(JsonNode node, String where, AnalyzerRegistry analyzers) {
      this.node = node;
      this.where = where;
      this.analyzers = analyzers;
    }

    FieldDef read() {
      if (!node.isObject()) {
        throw fault("", "must be an object");
      }
      node.fieldNames()
          .forEachRemaining(
              key -> {
                if (!FIELD_KEYS.contains(key)) {
                  throw fault(
                      "." + key,
                      "unknown property (known: "
                          + String.join(", ", FIELD_KEYS.stream().sorted().toList())
                          + ")");
                }
              });
      String name = required("name");
      if (name.equals("id") || name.startsWith("_")) {
        throw fault(".name", "'" + name + "' is reserved (id and names starting with _)");
      }
      String kindName = required("kind");
      FieldKind kind =
          FieldKind.fromJson(kindName)
              .orElseThrow(
                  () ->
                      fault(
                          ".kind",
                          "unknown kind '" + kindName + "' (known: " + FieldKind.known() + ")"));
      RecordPath path = path(kind);
      boolean text = kind == FieldKind.TEXT;
      String analyzer = analyzer("analyzer", text, null);
      String searchAnalyzer = analyzer("searchAnalyzer", text, analyzer);
      boolean stored = node.path("stored").asBoolean(false);
      boolean highlight = node.path("highlight").asBoolean(false);
      if (highlight && !text) {
        throw fault(".highlight", "only text fields can be highlighted, not " + kind.jsonName());
      }
      if (highlight && !stored) {
        throw fault(".highlight", "highlighting needs the text: set \"stored\": true");
      }
      float boost = (float) node.path("boost").asDouble(1.0);
      if (!(boost > 0)) {
        throw fault(".boost", "must be a positive number: " + node.path("boost"));
      }
      String alias = optional("alias");
      if (alias != null && (kind == FieldKind.FACET || !alias.matches("[A-Za-z][A-Za-z0-9_]*"))) {
        throw fault(
            ".alias",
            kind == FieldKind.FACET
                ? "facets are filtered, not typed: no alias"
                : "'" + alias + "' is not a word");
      }
      String canonicalName = node.path("canonical").asText("none");
      Canonical canonical =
          Canonical.fromJson(canonicalName)
              .orElseThrow(
                  () ->
                      fault(
                          ".canonical",
                          "unknown canonicalisation '"
                              + canonicalName
                              + "' (known: none, collapse, lower)"));
      boolean inDefault = node.path("default").asBoolean(false);
      if (inDefault && kind != FieldKind.TEXT) {
        throw fault(".default", "only text fields are searched by default");
      }
      return new FieldDef(
          name,
          kind,
          path,
          analyzer,
          searchAnalyzer,
          stored,
          highlight,
          node.path("label").asText(name),
          boost,
          alias,
          inDefault,
          canonical,
          node.path("hidden").asBoolean(false),
          optional("suggest"));
    }

    private RecordPath path(FieldKind kind) {
      String text = required("path");
      RecordPath path;
      try {
        path = RecordPath.parse(text);
      } catch (IllegalArgumentException e) {
        throw fault(".path", "unknown record path '" + text + "': " + e.getMessage());
      }
      if (kind.readsScalar() && !path.endsAtScalar()) {
        throw fault(
            ".path",
            "'"
                + text
                + "' ends at a record; a "
                + kind.jsonName()
                + " field needs a value (e.g. "
                + text
                + ".label)");
      }
      if (!kind.readsScalar() && !path.endsAtRange()) {
        throw fault(".path", "'" + text + "' does not reach an axis (a record with min and max)");
      }
      return path;
    }

    private String analyzer(String key, boolean needed, String fallback) {
      String name = optional(key);
      if (name == null) {
        if (needed && fallback == null) {
          throw fault(
              "." + key, "a text field needs an analyzer (known: " + analyzers.names() + ")");
        }
        return fallback;
      }
      if (!needed) {
        throw fault("." + key, "only text fields are analysed");
      }
      if (!analyzers.has(name)) {
        throw fault(
            "." + key, "unknown analyzer '" + name + "' (known: " + analyzers.names() + ")");
      }
      return name;
    }

    private String required(String key) {
      String value = optional(key);
      if (value == null) {
        throw fault("." + key, "missing");
      }
      return value;
    }

    private String optional(String key) {
      JsonNode value = node.get(key);
      if (value == null || value.isNull()) {
        return null;
      }
      if (!value.isTextual() || value.asText().isBlank()) {
        throw fault("." + key, "must be a non-empty string");
      }
      return value.asText();
    }

    private SchemaException fault(String suffix, String message) {
      return new SchemaException(file, where + suffix, message);
    }
  }
}
