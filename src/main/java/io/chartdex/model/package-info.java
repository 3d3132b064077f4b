/**
 * The parsed chart: plain Jackson-serialisable records, no Lucene, no HTTP.
 *
 * <p>{@link io.chartdex.model.ChartRecord} is the documented JSON schema other tools rely on (see
 * README, "Record schema"); a field is added, never renamed or removed. {@link
 * io.chartdex.model.Description} is the text as a user has it, before parsing.
 */
package io.chartdex.model;
