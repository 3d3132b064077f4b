package io.chartdex.schema;

import io.chartdex.config.ConfigException;

/**
 * fields.json (or an analyzer it names) cannot be compiled into an {@link IndexSchema}. The message
 * names the file, the field as a JSON path ({@code fields[3].kind}) and the fault.
 */
public class SchemaException extends ConfigException {
  private static final long serialVersionUID = 1L;

  public SchemaException(String file, String field, String fault) {
    super(file, field, fault);
  }

  public SchemaException(String file, String field, String fault, Throwable cause) {
    super(file, field, fault, cause);
  }
}
