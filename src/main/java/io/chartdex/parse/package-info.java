/**
 * Parse: description text → {@link io.chartdex.model.ChartRecord}. {@link
 * io.chartdex.parse.ChartParser} is the entry point; it reads the markdown structure with
 * commonmark-java and hands each axis statement to {@link io.chartdex.parse.AxisReader}. The chart
 * semantics (types, axes, numbers, legends, models) are ours; markdown parsing is not.
 *
 * <p>The pipeline, one class a step: {@code InputText} makes any string safe (length cap, control
 * characters, the literal {@code \n} before a header, nesting flattened) → {@code MarkdownOutline}
 * turns the commonmark tree into an {@code Outline} of sections, keyed bullet items and paragraphs
 * → readers each take one field from the outline: {@code HeaderReader} (title, chart type through
 * {@code ChartTypeVocabulary}, index-config/chart-types.json), {@code AxisFinder} (which text
 * states an axis; {@code AxisReader} reads it), {@code LegendReader} and {@code LegendSentences}
 * (series), {@code ModelGazetteer} with {@code ModelCues} (models, index-config/models.json),
 * {@code ColorWords}, {@code PanelReader} and {@code SectionNames}. What a step cannot read becomes
 * a {@link io.chartdex.model.ParseWarning} with a stable code: empty, truncated,
 * control-characters, not-text, not-markdown, no-chart-type, no-title, no-axes,
 * axis-range-unparsed, parse-failed.
 *
 * <p>Every step is linear or bounded in the input: regular expressions are literal alternations or
 * bounded repetitions, sentence patterns only see short sentences, and tree walks are iterative or
 * depth-capped, so no input can hang the parser or overflow its stack.
 *
 * <p>Speed: a regex searched over the whole text goes through {@code GatedMatcher}, which runs it
 * only where a cheap character test ({@code Gates}, {@code RegexStart} for the configured model
 * patterns) admits a match, and so finds exactly what {@code Matcher.find} would.
 * BundledSamplesGoldenTest pins the records of all bundled samples against such rewrites.
 */
package io.chartdex.parse;
