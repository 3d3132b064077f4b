package io.chartdex.bench.peers;

import io.chartdex.bench.common.PeerHarness;
import io.chartdex.bench.common.SearchPeer;

/**
 * Entry point of the bench JVM's peers: {@code BenchPeers <chartdex|lucene|sqlite|http|opensearch> <harness
 * args...>} (see {@link PeerHarness}).
 */
public final class BenchPeers {
  private BenchPeers() {}

  public static void main(String[] args) throws Exception {
    SearchPeer.Factory factory =
        switch (args[0]) {
          case "chartdex" -> ChartdexPeer::open;
          case "lucene" -> LucenePeer::open;
          case "sqlite" -> SqlitePeer::open;
          case "http" -> HttpPeer::open;
          case "opensearch" -> OpenSearchPeer::open;
          default -> throw new IllegalArgumentException("unknown peer " + args[0]);
        };
    new PeerHarness(args[0], factory).main(java.util.Arrays.copyOfRange(args, 1, args.length));
  }
}
