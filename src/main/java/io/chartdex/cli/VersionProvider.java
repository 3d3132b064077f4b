package io.chartdex.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or "dev" when run from classes. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = ChartdexCli.class.getPackage().getImplementationVersion();
    return new String[] {"chartdex " + (version == null ? "dev" : version)};
  }
}
