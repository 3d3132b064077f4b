package io.chartdex.index;

import io.chartdex.config.ConfigException;
import io.chartdex.schema.IndexSchema;
import java.nio.file.Path;

/**
 * The index on disk was built with a fields.json whose mapping differs from the configuration in
 * use: searching it would silently miss or misread fields, so it is not opened.
 */
public class SchemaMismatchException extends ConfigException {
  private static final long serialVersionUID = 1L;

  public SchemaMismatchException(Path directory, String built, String configured) {
    super(
        IndexSchema.FILE,
        null,
        "the index in "
            + directory
            + " was built with another field mapping (schema "
            + built
            + ", this configuration "
            + configured
            + "); rebuild it under this configuration with 'chartdex reindex', or open it with"
            + " the index-config it was built with");
  }
}
