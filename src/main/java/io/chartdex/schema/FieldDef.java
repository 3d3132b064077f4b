package io.chartdex.schema;

/**
 * One field of the compiled schema, as declared in fields.json. Immutable.
 *
 * @param name the Lucene field name, or the facet dimension for {@link FieldKind#FACET}
 * @param kind what it becomes in Lucene
 * @param path where in the parsed record its values come from
 * @param analyzer index-time analyzer name (text only), else null
 * @param searchAnalyzer query-time analyzer name (text only; defaults to the analyzer)
 * @param stored whether the values are stored (needed for highlighting)
 * @param highlight whether search results carry snippets from it
 * @param label how people call it ("X axis", "Chart type")
 * @param boost weight of a match in this field when the query names no field
 * @param alias the name users type before a colon ({@code x:}), or null
 * @param inDefault whether a query without a field searches it
 * @param canonical normalisation of keyword and facet values
 * @param hidden facet only: kept out of the default facet list (used for suggestions)
 * @param suggest facet only: the suggestion field it completes ("axis"), or null
 */
public record FieldDef(
    String name,
    FieldKind kind,
    RecordPath path,
    String analyzer,
    String searchAnalyzer,
    boolean stored,
    boolean highlight,
    String label,
    float boost,
    String alias,
    boolean inDefault,
    Canonical canonical,
    boolean hidden,
    String suggest) {}
