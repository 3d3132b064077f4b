package io.chartdex.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The index-config files: from a directory, or from the {@code index-config/} bundled in the jar.
 * Immutable and thread-safe.
 */
public final class ConfigSource {
  private static final String BUNDLED = "index-config/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path directory;

  private ConfigSource(Path directory) {
    this.directory = directory;
  }

  /** The configuration bundled with chartdex (the repository's index-config/ directory). */
  public static ConfigSource bundled() {
    return new ConfigSource(null);
  }

  /** A user's configuration directory. */
  public static ConfigSource directory(Path directory) {
    return new ConfigSource(Objects.requireNonNull(directory, "directory"));
  }

  /** The directory, or null for the bundled configuration. */
  public Path directoryOrNull() {
    return directory;
  }

  /** How to name a file of this configuration in a message ("/etc/chartdex/fields.json"). */
  public String describe(String fileName) {
    return directory == null
        ? "bundled " + BUNDLED + fileName
        : directory.resolve(fileName).toString();
  }

  /**
   * Opens a configuration file.
   *
   * @throws ConfigException when it does not exist or cannot be read
   */
  public InputStream open(String fileName) {
    try {
      if (directory != null) {
        return Files.newInputStream(directory.resolve(fileName));
      }
      InputStream in = ConfigSource.class.getClassLoader().getResourceAsStream(BUNDLED + fileName);
      if (in == null) {
        throw new NoSuchFileException(BUNDLED + fileName);
      }
      return in;
    } catch (NoSuchFileException e) {
      throw new ConfigException(describe(fileName), null, "file not found", e);
    } catch (IOException e) {
      throw new ConfigException(describe(fileName), null, "cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a JSON configuration file.
   *
   * @throws ConfigException when it is missing or is not valid JSON (with line and column)
   */
  public JsonNode readJson(String fileName) {
    try (InputStream in = open(fileName)) {
      return JSON.readTree(in);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      throw new ConfigException(
          describe(fileName), null, "invalid JSON" + where + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ConfigException(describe(fileName), null, "cannot be read: " + e.getMessage(), e);
    }
  }
}
