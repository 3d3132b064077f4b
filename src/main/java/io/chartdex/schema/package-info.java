/**
 * index-config → one compiled {@link io.chartdex.schema.IndexSchema}. {@code fields.json} declares
 * the analyzers (Lucene's CustomAnalyzer by SPI names; query-time synonyms from {@code
 * synonyms.txt}) and the fields: each a {@link io.chartdex.schema.FieldKind} (text, keyword, facet,
 * numeric, axisRange), a {@link io.chartdex.schema.RecordPath} into the parsed record ({@code
 * axes[role=x].label}), storage, highlighting, label, boost, the query alias users type and the
 * {@link io.chartdex.schema.Canonical} form of facet values. The schema is validated when it loads
 * ({@link io.chartdex.schema.SchemaException} names file, field and fault) and then shared,
 * immutable, by the document mapper, the index writer and the searcher.
 */
package io.chartdex.schema;
