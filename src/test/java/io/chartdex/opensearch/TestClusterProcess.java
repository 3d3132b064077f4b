package io.chartdex.opensearch;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSearch cluster in a child JVM for tests: the launcher and classpath built by
 * opensearch-cluster/pom.xml (OpenSearch's own Lucene never touches this JVM), started with the
 * java running the tests. Talks to the launcher over its stdin/stdout protocol and to the nodes
 * over HTTP. Not thread-safe: one test class drives it.
 */
public final class TestClusterProcess implements AutoCloseable {
  /** Set by the Maven build, which builds the cluster first: opensearch-cluster/target. */
  static final String TARGET_PROPERTY = "chartdex.opensearch.cluster";

  private final Process process;
  private final BufferedReader out;
  private final Writer in;
  private final List<URI> nodes;

  private TestClusterProcess(Process process, BufferedReader out, Writer in, List<URI> nodes) {
    this.process = process;
    this.out = out;
    this.in = in;
    this.nodes = nodes;
  }

  public static TestClusterProcess start(Path data, int nodeCount) throws IOException {
    Files.createDirectories(data);
    Path target = Path.of(System.getProperty(TARGET_PROPERTY, "opensearch-cluster/target"));
    Path classpath = target.resolve("classpath.txt");
    if (!Files.exists(classpath)) {
      throw new IllegalStateException(
          "no OpenSearch test cluster at "
              + target.toAbsolutePath()
              + ": ./mvnw verify builds it (or ./mvnw -B -f opensearch-cluster/pom.xml package)");
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    String cp =
        target.resolve("classes") + File.pathSeparator + Files.readString(classpath).strip();
    Process process =
        new ProcessBuilder(
                java,
                "-Xmx1g",
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                cp,
                "io.chartdex.cluster.TestCluster",
                data.toString(),
                Integer.toString(nodeCount))
            .redirectError(data.resolve("cluster.log").toFile())
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    List<URI> nodes = new ArrayList<>();
    for (String line = out.readLine(); !"READY".equals(line); line = out.readLine()) {
      if (line == null) {
        throw new IllegalStateException(
            "the test cluster exited; see " + data.resolve("cluster.log"));
      }
      if (line.startsWith("HTTP ")) {
        nodes.add(URI.create("http://127.0.0.1:" + line.split(" ")[2] + "/"));
      }
    }
    Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    return new TestClusterProcess(process, out, in, nodes);
  }

  public List<URI> nodes() {
    return nodes;
  }

  /** The node index of the elected cluster manager. */
  int clusterManager() throws IOException {
    String name = get(nodes.get(0), "_cat/cluster_manager?h=node").strip();
    return Integer.parseInt(name.substring(name.lastIndexOf('-') + 1));
  }

  /** Waits until the index has every shard copy allocated. */
  void awaitGreen(String index) throws IOException {
    get(nodes.get(0), "_cluster/health/" + index + "?wait_for_status=green&timeout=60s");
  }

  /** Stops one node (its data stays) and waits until it is gone. */
  void stop(int node) throws IOException {
    in.write("stop " + node + "\n");
    in.flush();
    for (String line = out.readLine(); !("STOPPED " + node).equals(line); line = out.readLine()) {
      if (line == null) {
        throw new IllegalStateException("the test cluster exited while stopping node " + node);
      }
    }
  }

  static String get(URI node, String path) throws IOException {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(node.resolve(path)).timeout(Duration.ofSeconds(90)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
          .body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      in.write("exit\n");
      in.flush();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    } catch (IOException e) {
      process.destroyForcibly();
    }
  }
}
