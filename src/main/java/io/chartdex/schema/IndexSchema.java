package io.chartdex.schema;

import io.chartdex.config.ConfigSource;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;

/**
 * index-config compiled: every field with its kind, record path and options, the analyzers, the
 * query aliases and the {@link FacetsConfig}. One instance is shared by the document mapper, the
 * index writer and the searcher, so indexing and search can never disagree. Immutable and
 * thread-safe (the FacetsConfig is fully configured here and must not be changed by callers).
 *
 * <p>To extend: add a field to fields.json. Only a new field <em>kind</em> needs code ({@link
 * FieldKind}).
 */
public final class IndexSchema {
  public static final String FILE = "fields.json";

  private final List<FieldDef> fields;
  private final Map<String, QueryTarget> aliases;
  private final Analyzer indexAnalyzer;
  private final Analyzer searchAnalyzer;
  private final FacetsConfig facetsConfig;

  IndexSchema(
      List<FieldDef> fields,
      Map<String, QueryTarget> aliases,
      Analyzer indexAnalyzer,
      Analyzer searchAnalyzer,
      FacetsConfig facetsConfig) {
    this.fields = List.copyOf(fields);
    this.aliases = Map.copyOf(aliases);
    this.indexAnalyzer = indexAnalyzer;
    this.searchAnalyzer = searchAnalyzer;
    this.facetsConfig = facetsConfig;
  }

  /**
   * Loads and checks {@code fields.json} (and the files its analyzers name) from a configuration.
   *
   * @throws SchemaException naming file, field and fault when the configuration cannot be used
   */
  public static IndexSchema load(ConfigSource config) {
    return new SchemaLoader(config).load();
  }

  /** Every field in declaration order. */
  public List<FieldDef> fields() {
    return fields;
  }

  /** The fields of one kind in declaration order. */
  public List<FieldDef> fields(FieldKind kind) {
    return fields.stream().filter(f -> f.kind() == kind).toList();
  }

  /** The searchable (non-facet) field of that name. */
  public Optional<FieldDef> field(String name) {
    return fields.stream()
        .filter(f -> f.kind() != FieldKind.FACET && f.name().equals(name))
        .findFirst();
  }

  /** The facet dimension of that name, hidden ones included. */
  public Optional<FieldDef> facet(String dimension) {
    return fields(FieldKind.FACET).stream().filter(f -> f.name().equals(dimension)).findFirst();
  }

  /** The facet dimensions counted when a request names none. */
  public List<FieldDef> visibleFacets() {
    return fields(FieldKind.FACET).stream().filter(f -> !f.hidden()).toList();
  }

  /** Facets that feed completions, by suggestion field ("axis" → its as-written facet). */
  public Map<String, FieldDef> suggestFacets() {
    Map<String, FieldDef> bySuggest = new LinkedHashMap<>();
    fields(FieldKind.FACET).stream()
        .filter(f -> f.suggest() != null)
        .forEach(f -> bySuggest.put(f.suggest(), f));
    return bySuggest;
  }

  /** What a name typed before a colon searches. */
  public Optional<QueryTarget> alias(String alias) {
    return Optional.ofNullable(aliases.get(alias));
  }

  /** Fields searched when the query names none, with their boosts. */
  public Map<String, Float> defaultFieldBoosts() {
    Map<String, Float> boosts = new LinkedHashMap<>();
    fields.stream().filter(FieldDef::inDefault).forEach(f -> boosts.put(f.name(), f.boost()));
    return boosts;
  }

  /** Highlighted fields, most telling (highest boost) first. */
  public List<FieldDef> highlightFields() {
    return fields.stream()
        .filter(FieldDef::highlight)
        .sorted(Comparator.comparingDouble((FieldDef f) -> -f.boost()))
        .toList();
  }

  /** Per-field analyzer for indexing (and re-analysis by the highlighter). */
  public Analyzer indexAnalyzer() {
    return indexAnalyzer;
  }

  /** Per-field analyzer for queries (adds query-time synonyms). */
  public Analyzer searchAnalyzer() {
    return searchAnalyzer;
  }

  /**
   * The Lucene field that holds one facet dimension's values (doc values and drill-down terms).
   * Each dimension has its own, so counting a dimension reads only its own values: with all of them
   * in one field, every count also walked the titles, series and colours nobody asked for.
   */
  public static String facetIndexField(String dimension) {
    return FacetsConfig.DEFAULT_INDEX_FIELD_NAME + "." + dimension;
  }

  /** The facets configuration used both when indexing and when counting. */
  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  static Analyzer perField(Analyzer fallback, Map<String, Analyzer> byField) {
    return new PerFieldAnalyzerWrapper(fallback, byField);
  }
}
