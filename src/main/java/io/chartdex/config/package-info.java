/**
 * Where index-config lives: a directory the user names, or the default bundled in the jar. Every
 * stage that reads configuration (the parser's vocabulary, the index schema) reads it through
 * {@link io.chartdex.config.ConfigSource} and fails with a {@link
 * io.chartdex.config.ConfigException} that names the file, the field and the fault.
 */
package io.chartdex.config;
