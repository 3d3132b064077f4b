package io.chartdex.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.opensearch.Version;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.PluginInfo;

/**
 * A real OpenSearch cluster of N nodes in one JVM, for chartdex's tests: each node is a {@link
 * Node} with the netty4 transport and common analysis plugins loaded from the classpath, as
 * OpenSearch's own test framework starts them. Nodes start concurrently.
 *
 * <p>Protocol on stdout/stdin: prints {@code HTTP <node> <port>} per node, then {@code READY}; reads
 * {@code stop <node>} (prints {@code STOPPED <node>}) and {@code exit}. Arguments: data directory,
 * node count.
 */
public final class TestCluster {
  private static final List<String> PLUGINS =
      List.of(
          "org.opensearch.transport.Netty4ModulePlugin",
          "org.opensearch.analysis.common.CommonAnalysisModulePlugin");

  private TestCluster() {}

  /** A node whose plugins come from the classpath rather than a plugins directory. */
  static final class ClasspathNode extends Node {
    ClasspathNode(Environment environment, Collection<PluginInfo> plugins) {
      super(environment, plugins, true);
    }

    /** Several nodes share one JVM's logging context, which takes one node id only. */
    @Override
    protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {}
  }

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    LogConfigurator.registerErrorListener();
    LogConfigurator.configureWithoutConfig(Settings.builder().put("logger.level", "WARN").build());
    int[] http = new int[count];
    int[] transport = new int[count];
    List<String> seeds = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      http[i] = freePort();
      transport[i] = freePort();
      seeds.add("127.0.0.1:" + transport[i]);
      names.add("node-" + i);
    }
    List<PluginInfo> plugins =
        PLUGINS.stream()
            .map(c -> new PluginInfo(c, "classpath plugin", "NA", Version.CURRENT, "21", c, null, List.of(), false))
            .toList();
    List<CompletableFuture<Node>> starting = new ArrayList<>();
    // One thread per node: a node's start waits for the others to form the cluster.
    ExecutorService starters = Executors.newFixedThreadPool(count);
    for (int i = 0; i < count; i++) {
      Settings settings =
          Settings.builder()
              .put("cluster.name", "chartdex-test")
              .put("node.name", names.get(i))
              .put("path.home", data.resolve(names.get(i)).toString())
              .put("network.host", "127.0.0.1")
              .put("http.port", http[i])
              .put("transport.port", transport[i])
              .putList("discovery.seed_hosts", seeds)
              .putList("cluster.initial_cluster_manager_nodes", names)
              .put("cluster.routing.allocation.disk.threshold_enabled", false)
              .put("node.max_local_storage_nodes", 1)
              .build();
      Environment env =
          InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> settings.get("node.name"));
      starting.add(
          CompletableFuture.supplyAsync(() -> start(new ClasspathNode(env, plugins)), starters));
    }
    List<Node> nodes = new ArrayList<>();
    for (CompletableFuture<Node> node : starting) {
      nodes.add(node.join());
    }
    starters.shutdown();
    for (int i = 0; i < count; i++) {
      System.out.println("HTTP " + i + " " + http[i]);
    }
    System.out.println("READY");
    System.out.flush();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null && !line.equals("exit"); line = in.readLine()) {
      if (line.startsWith("stop ")) {
        int i = Integer.parseInt(line.substring(5).strip());
        nodes.get(i).close();
        System.out.println("STOPPED " + i);
        System.out.flush();
      }
    }
    for (Node node : nodes) {
      node.close();
    }
    System.exit(0);
  }

  private static Node start(Node node) {
    try {
      return node.start();
    } catch (Exception e) {
      throw new IllegalStateException("node did not start", e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
