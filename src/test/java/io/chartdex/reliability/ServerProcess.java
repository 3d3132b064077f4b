package io.chartdex.reliability;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code chartdex serve} in a separate JVM (the one running the tests, with the test classpath), so
 * that a test can kill it with SIGKILL. The port is the free one the server reports on stdout. Not
 * thread-safe; one per started process.
 */
final class ServerProcess implements AutoCloseable {
  private static final Pattern SERVING = Pattern.compile("serving \\d+ charts at (http://\\S+/)");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Process process;
  private final Path log;
  private final URI base;

  private ServerProcess(Process process, Path log, URI base) {
    this.process = process;
    this.log = log;
    this.base = base;
  }

  /** Starts {@code chartdex serve --port 0} with these extra arguments; returns once it serves. */
  static ServerProcess start(Path index, Path logDirectory, String... extraArguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElseThrow());
    command.addAll(
        List.of(
            "--add-modules",
            "jdk.incubator.vector",
            "--enable-native-access=ALL-UNNAMED",
            "-Xmx512m",
            "-cp",
            System.getProperty("java.class.path"),
            "io.chartdex.cli.ChartdexCli",
            "serve",
            "--port",
            "0",
            "--index",
            index.toString(),
            "--web",
            logDirectory.toString()));
    command.addAll(List.of(extraArguments));
    Path log = Files.createTempFile(logDirectory, "serve-", ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new ServerProcess(process, log, awaitServing(process, log));
  }

  private static URI awaitServing(Process process, Path log)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      String output = Files.readString(log, StandardCharsets.UTF_8);
      Matcher serving = SERVING.matcher(output);
      if (serving.find()) {
        return URI.create(serving.group(1));
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "chartdex serve exited with " + process.exitValue() + ":\n" + output);
      }
      Thread.sleep(50);
    }
    process.destroyForcibly().waitFor();
    throw new IllegalStateException(
        "chartdex serve did not start within "
            + START_TIMEOUT
            + ":\n"
            + Files.readString(log, StandardCharsets.UTF_8));
  }

  /** The server's address for a path and query ({@code /api/search?q=x}). */
  URI uri(String pathAndQuery) {
    return base.resolve(pathAndQuery.substring(1));
  }

  /** What the process printed so far. */
  String output() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed or committed. Waits until it is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the server process survived SIGKILL for 30 s");
    }
  }

  /** SIGTERM: the shutdown hook stops the server gracefully. Waits until it is gone. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException("the server did not stop within 60 s of SIGTERM");
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
