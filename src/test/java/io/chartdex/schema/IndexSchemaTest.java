package io.chartdex.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chartdex.config.ConfigException;
import io.chartdex.config.ConfigSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexSchemaTest {
  @TempDir Path config;

  private static final String ANALYZERS =
      """
      "analyzers": {"std": {"tokenizer": "standard", "filters": ["lowercase"]}}
      """;

  /** Writes fields.json with the given analyzers and fields and loads it. */
  private IndexSchema load(String analyzers, String fields) throws IOException {
    Files.writeString(
        config.resolve("fields.json"),
        "{" + analyzers + ", \"fields\": [" + fields + "]}",
        StandardCharsets.UTF_8);
    return IndexSchema.load(ConfigSource.directory(config));
  }

  private String file() {
    return config.resolve("fields.json").toString();
  }

  @Test
  void bundledConfigurationCompiles() {
    IndexSchema schema = IndexSchema.load(ConfigSource.bundled());

    assertThat(schema.visibleFacets().stream().map(FieldDef::name))
        .containsExactly("type", "axis", "model", "series", "source", "color");
    assertThat(schema.suggestFacets().keySet()).containsExactly("type", "axis", "model", "title");
    assertThat(schema.alias("x").orElseThrow().fields().stream().map(FieldDef::name))
        .containsExactly("axis.x");
    assertThat(schema.alias("x").orElseThrow().range().name()).isEqualTo("range.x");
    assertThat(schema.alias("axis").orElseThrow().fields().stream().map(FieldDef::name))
        .containsExactly("axis.x", "axis.y", "axis.y2", "axis.colorbar", "panel.axis");
    assertThat(schema.alias("axis").orElseThrow().range().name()).isEqualTo("range.any");
    assertThat(schema.defaultFieldBoosts())
        .containsEntry("title", 4.0f)
        .containsEntry("axis.x", 3.0f)
        .containsEntry("text", 1.0f)
        .doesNotContainKey("interpretation");
    assertThat(schema.highlightFields().get(0).name()).isEqualTo("title");
    assertThat(schema.facet("axis").orElseThrow().canonical().apply(" Decoding \n Steps "))
        .isEqualTo("decoding steps");
  }

  @Test
  void otherFilesInTheDirectoryAreIgnored() throws IOException {
    Files.writeString(
        config.resolve("chart-types.json"), "{\"not\": \"ours\"}", StandardCharsets.UTF_8);

    IndexSchema schema =
        load(
            ANALYZERS,
            "{\"name\": \"t\", \"kind\": \"text\", \"path\": \"title\", \"analyzer\": \"std\"}");

    assertThat(schema.fields()).hasSize(1);
  }

  @Test
  void unknownKindFails() {
    assertThatThrownBy(
            () -> load(ANALYZERS, "{\"name\": \"t\", \"kind\": \"fancy\", \"path\": \"title\"}"))
        .isInstanceOf(SchemaException.class)
        .hasMessage(
            file()
                + ": fields[0].kind: unknown kind 'fancy' (known: text, keyword, facet, numeric, axisRange)");
  }

  @Test
  void unknownRecordPathFailsNamingWhatExists() {
    assertThatThrownBy(
            () ->
                load(
                    ANALYZERS,
                    "{\"name\": \"a\", \"kind\": \"facet\", \"path\": \"axes[].lable\"}"))
        .isInstanceOf(SchemaException.class)
        .hasMessage(
            file()
                + ": fields[0].path: unknown record path 'axes[].lable':"
                + " Axis has no 'lable' (it has: role, label, unit, min, max, step, scale, raw)");
    assertThatThrownBy(
            () -> load(ANALYZERS, "{\"name\": \"m\", \"kind\": \"facet\", \"path\": \"models\"}"))
        .hasMessage(
            file()
                + ": fields[0].path: unknown record path 'models': models is a list: write models[]");
    assertThatThrownBy(
            () ->
                load(ANALYZERS, "{\"name\": \"r\", \"kind\": \"axisRange\", \"path\": \"title\"}"))
        .hasMessage(
            file()
                + ": fields[0].path: 'title' does not reach an axis (a record with min and max)");
  }

  @Test
  void highlightOnAnUnstoredFieldFails() {
    assertThatThrownBy(
            () ->
                load(
                    ANALYZERS,
                    "{\"name\": \"t\", \"kind\": \"text\", \"path\": \"title\", \"analyzer\": \"std\", \"highlight\": true}"))
        .isInstanceOf(SchemaException.class)
        .hasMessage(
            file() + ": fields[0].highlight: highlighting needs the text: set \"stored\": true");
  }

  @Test
  void duplicateAliasFails() {
    assertThatThrownBy(
            () ->
                load(
                    ANALYZERS,
                    "{\"name\": \"a\", \"kind\": \"text\", \"path\": \"title\", \"analyzer\": \"std\", \"alias\": \"x\"},"
                        + "{\"name\": \"b\", \"kind\": \"keyword\", \"path\": \"source\", \"alias\": \"x\"}"))
        .isInstanceOf(SchemaException.class)
        .hasMessage(file() + ": fields[1].alias: duplicate alias 'x': already used by field 'a'");
  }

  @Test
  void unknownAnalyzerFails() {
    assertThatThrownBy(
            () ->
                load(
                    ANALYZERS,
                    "{\"name\": \"t\", \"kind\": \"text\", \"path\": \"title\", \"analyzer\": \"klingon\"}"))
        .isInstanceOf(SchemaException.class)
        .hasMessage(file() + ": fields[0].analyzer: unknown analyzer 'klingon' (known: [std])");
  }

  @Test
  void unknownTokenFilterFailsAtTheAnalyzer() {
    assertThatThrownBy(
            () ->
                load(
                    "\"analyzers\": {\"std\": {\"tokenizer\": \"standard\", \"filters\": [\"lowercase\", \"sparkle\"]}}",
                    "{\"name\": \"t\", \"kind\": \"text\", \"path\": \"title\", \"analyzer\": \"std\"}"))
        .isInstanceOf(SchemaException.class)
        .hasMessageStartingWith(file() + ": analyzers.std.filters[1]: ")
        .hasMessageContaining("sparkle");
  }

  @Test
  void missingSynonymsFileFailsNamingIt() {
    assertThatThrownBy(
            () ->
                load(
                    "\"analyzers\": {\"syn\": {\"tokenizer\": \"standard\", \"filters\": [{\"synonymGraph\": {\"synonyms\": \"missing.txt\"}}]}}",
                    "{\"name\": \"t\", \"kind\": \"text\", \"path\": \"title\", \"analyzer\": \"syn\"}"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            file()
                + ": analyzers.syn.filters[0]: "
                + config.resolve("missing.txt")
                + ": file not found");
  }

  @Test
  void misspelledPropertyFails() {
    assertThatThrownBy(
            () ->
                load(
                    ANALYZERS,
                    "{\"name\": \"t\", \"kind\": \"text\", \"path\": \"title\", \"analyser\": \"std\"}"))
        .isInstanceOf(SchemaException.class)
        .hasMessageStartingWith(
            file() + ": fields[0].analyser: unknown property (known: alias, analyzer, ");
  }

  @Test
  void reservedNamesAndBadBoostsFail() {
    assertThatThrownBy(
            () ->
                load(ANALYZERS, "{\"name\": \"id\", \"kind\": \"keyword\", \"path\": \"source\"}"))
        .hasMessage(file() + ": fields[0].name: 'id' is reserved (id and names starting with _)");
    assertThatThrownBy(
            () ->
                load(
                    ANALYZERS,
                    "{\"name\": \"s\", \"kind\": \"keyword\", \"path\": \"source\", \"boost\": -1}"))
        .hasMessage(file() + ": fields[0].boost: must be a positive number: -1");
  }

  @Test
  void aliasGroupNamingAnUnknownFieldFails() throws IOException {
    Files.writeString(
        config.resolve("fields.json"),
        "{"
            + ANALYZERS
            + ", \"fields\": [{\"name\": \"t\", \"kind\": \"text\", \"path\": \"title\", \"analyzer\": \"std\"}],"
            + " \"aliases\": {\"both\": [\"t\", \"u\"]}}",
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> IndexSchema.load(ConfigSource.directory(config)))
        .isInstanceOf(SchemaException.class)
        .hasMessage(file() + ": aliases.both[1]: unknown field 'u'");
  }
}
