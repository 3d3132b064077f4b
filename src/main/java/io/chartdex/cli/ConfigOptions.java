package io.chartdex.cli;

import io.chartdex.config.ConfigSource;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --config} option: a user's index-config directory, else the bundled one. */
final class ConfigOptions {
  @Option(
      names = "--config",
      paramLabel = "DIR",
      description = "index-config directory (default: the bundled configuration).")
  Path directory;

  ConfigSource source() {
    return directory == null ? ConfigSource.bundled() : ConfigSource.directory(directory);
  }
}
