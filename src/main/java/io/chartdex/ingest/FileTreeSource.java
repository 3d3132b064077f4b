package io.chartdex.ingest;

import io.chartdex.model.Description;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Descriptions from files and directory trees: {@code .md}, {@code .markdown} and {@code .txt} hold
 * one description each; {@code .jsonl}/{@code .ndjson} one JSON record a line; {@code .json} a
 * record or an array of records. Files are read in sorted path order so ids and order are stable.
 *
 * <p>A file's id is its path relative to the input root it was found under ("described/a.md" when
 * the root is corpus/); a file named directly has its file name as id. Its source is the folder it
 * sits in, relative to the root's parent ("seeds", "corpus/described"), which makes a useful facet.
 * Hidden files and directories are skipped, as are other file types met in a tree; a file of
 * another type named directly is reported as failed.
 */
public final class FileTreeSource implements DescriptionSource {
  private final List<Path> roots;
  private final JsonRecordReader json;

  public FileTreeSource(List<Path> roots, JsonFields fields) {
    this.roots = List.copyOf(roots);
    this.json = new JsonRecordReader(fields);
  }

  public FileTreeSource(List<Path> roots) {
    this(roots, JsonFields.DEFAULT);
  }

  @Override
  public void readInto(Sink sink) throws IOException {
    for (Path root : roots) {
      if (!Files.exists(root)) {
        throw new NoSuchFileException(root.toString(), null, "input does not exist");
      }
      if (Files.isDirectory(root)) {
        for (Path file : filesUnder(root)) {
          readFile(root, file, sink);
        }
      } else if (kind(root) == Kind.OTHER) {
        sink.failed(root.toString(), "unsupported file type (expected .md, .txt, .jsonl or .json)");
      } else {
        Path parent = root.toAbsolutePath().getParent();
        readFile(parent, root.toAbsolutePath(), sink);
      }
    }
  }

  private static List<Path> filesUnder(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> !isHidden(root.relativize(p)))
          .filter(p -> kind(p) != Kind.OTHER)
          .sorted()
          .forEach(files::add);
    }
    return files;
  }

  private void readFile(Path root, Path file, Sink sink) {
    String location = file.toString();
    try {
      String text = TextFiles.read(file);
      switch (kind(file)) {
        case TEXT -> sink.accept(new Description(id(root, file), source(root, file), text));
        case JSONL -> json.readLines(location, new StringReader(text), sink);
        case JSON -> json.readDocument(location, text, sink);
        case OTHER -> sink.failed(location, "unsupported file type");
      }
    } catch (IOException e) {
      sink.failed(location, "cannot be read: " + e.getMessage());
    }
  }

  private static String id(Path root, Path file) {
    return slashes(root.relativize(file));
  }

  private static String source(Path root, Path file) {
    Path rootParent = root.toAbsolutePath().getParent();
    Path folder = file.toAbsolutePath().getParent();
    if (rootParent == null || folder == null) {
      return folder == null ? null : String.valueOf(folder.getFileName());
    }
    return slashes(rootParent.relativize(folder));
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private enum Kind {
    TEXT,
    JSONL,
    JSON,
    OTHER
  }

  private static Kind kind(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt")) {
      return Kind.TEXT;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Kind.JSONL;
    }
    return name.endsWith(".json") ? Kind.JSON : Kind.OTHER;
  }
}
