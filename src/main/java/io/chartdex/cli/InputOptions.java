package io.chartdex.cli;

import io.chartdex.ingest.FileTreeSource;
import io.chartdex.ingest.JsonFields;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Input paths and, for JSON and JSONL inputs, which fields hold the text, id and source. */
final class InputOptions {
  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files or directories: .md/.txt (one description each), .jsonl/.json records.")
  List<Path> paths;

  @Option(
      names = "--text-field",
      paramLabel = "NAME",
      defaultValue = "text",
      description = "JSON field holding the description (default: ${DEFAULT-VALUE}).")
  String textField;

  @Option(
      names = "--id-field",
      paramLabel = "NAME",
      defaultValue = "id",
      description = "JSON field holding the id (default: ${DEFAULT-VALUE}).")
  String idField;

  @Option(
      names = "--source-field",
      paramLabel = "NAME",
      split = ",",
      defaultValue = "source,paper,url",
      description = "JSON fields for the source, first non-empty wins (default: ${DEFAULT-VALUE}).")
  List<String> sourceFields;

  FileTreeSource source() {
    return new FileTreeSource(paths, new JsonFields(textField, idField, sourceFields));
  }
}
