package io.chartdex.cli;

import io.chartdex.engine.ChartEngine;
import io.chartdex.engine.LuceneChartEngine;
import io.chartdex.opensearch.OpenSearchChartEngine;
import io.chartdex.opensearch.OpenSearchSettings;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options every command that opens an index shares: which backend holds the index (the embedded
 * Lucene index by default, or an OpenSearch cluster), where it lives and its configuration.
 */
final class EngineOptions {
  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index directory (default: ${DEFAULT-VALUE}).",
      defaultValue = "chartdex-index")
  Path index;

  @Mixin ConfigOptions config;

  /** Where the index lives. */
  enum Backend {
    lucene,
    opensearch
  }

  @Option(
      names = "--backend",
      paramLabel = "NAME",
      description = "Index backend: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "lucene")
  Backend backend;

  @Option(
      names = "--opensearch-url",
      paramLabel = "URL[,URL...]",
      description = "OpenSearch node URLs, tried in turn (with --backend opensearch).")
  String opensearchUrl;

  @Option(
      names = "--opensearch-index",
      paramLabel = "NAME",
      description = "OpenSearch index name (default: ${DEFAULT-VALUE}).",
      defaultValue = OpenSearchSettings.DEFAULT_INDEX)
  String opensearchIndex;

  @Option(
      names = "--opensearch-user",
      paramLabel = "USER",
      description = "OpenSearch basic-auth user.")
  String opensearchUser;

  @Option(
      names = "--opensearch-password",
      paramLabel = "PASSWORD",
      description = "OpenSearch basic-auth password (default: $CHARTDEX_OPENSEARCH_PASSWORD).",
      defaultValue = "${env:CHARTDEX_OPENSEARCH_PASSWORD}")
  String opensearchPassword;

  @Option(
      names = "--opensearch-shards",
      paramLabel = "N",
      description = "Primary shards when chartdex creates the index (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  int opensearchShards;

  @Option(
      names = "--opensearch-replicas",
      paramLabel = "N",
      description = "Replicas when chartdex creates the index (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  int opensearchReplicas;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  ChartEngine openEngine() throws IOException {
    if (backend == Backend.lucene) {
      return LuceneChartEngine.open(index, config.source());
    }
    if (opensearchUrl == null || opensearchUrl.isBlank()) {
      throw new ParameterException(
          spec.commandLine(), "--backend opensearch needs --opensearch-url URL");
    }
    try {
      return OpenSearchChartEngine.open(
          new OpenSearchSettings(
              OpenSearchSettings.parseUrls(opensearchUrl),
              opensearchIndex,
              opensearchUser,
              opensearchPassword,
              opensearchShards,
              opensearchReplicas),
          config.source());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
