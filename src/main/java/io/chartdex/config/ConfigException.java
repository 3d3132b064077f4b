package io.chartdex.config;

/**
 * index-config cannot be used. The message names the file, the field (a JSON path such as {@code
 * fields[3].kind}) and what is wrong, so a user can fix it without reading code.
 */
public class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String field;

  public ConfigException(String file, String field, String fault) {
    this(file, field, fault, null);
  }

  public ConfigException(String file, String field, String fault, Throwable cause) {
    super(file + (field == null || field.isEmpty() ? "" : ": " + field) + ": " + fault, cause);
    this.file = file;
    this.field = field;
  }

  /** The configuration file at fault, as the user would find it. */
  public String file() {
    return file;
  }

  /** The JSON path of the field at fault, or null when the file as a whole is at fault. */
  public String field() {
    return field;
  }
}
