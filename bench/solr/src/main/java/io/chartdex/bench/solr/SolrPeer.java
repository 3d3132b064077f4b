package io.chartdex.bench.solr;

import io.chartdex.bench.common.BenchQuery;
import io.chartdex.bench.common.ChartFacts;
import io.chartdex.bench.common.PeerHarness;
import io.chartdex.bench.common.SearchPeer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.core.CoreContainer;

/**
 * Embedded Solr 9 with the same documents, facets (tag/exclude, so each dimension is counted
 * without its own filter) and the unified highlighter. It indexes the generator's facts beside the
 * text, in batches from one client thread, and commits once. Runs in its own JVM (Solr carries
 * Lucene 9). Search is thread-safe: EmbeddedSolrServer serves concurrent requests.
 */
public final class SolrPeer implements SearchPeer {
  private static final String[] HOME_FILES = {
    "solr.xml", "charts/core.properties", "charts/conf/solrconfig.xml", "charts/conf/schema.xml"
  };
  private static final int BATCH = 500;

  private final Path home;
  private final CoreContainer container;
  private final EmbeddedSolrServer server;

  private SolrPeer(Path home) {
    this.home = home;
    this.container = new CoreContainer(home, new Properties());
    container.load();
    this.server = new EmbeddedSolrServer(container, "charts");
  }

  public static SolrPeer open(Path indexDir) throws IOException {
    for (String name : HOME_FILES) {
      Path target = indexDir.resolve(name);
      if (!Files.exists(target)) {
        Files.createDirectories(target.getParent());
        try (InputStream in = SolrPeer.class.getResourceAsStream("/solr-home/" + name)) {
          Files.copy(in, target);
        }
      }
    }
    return new SolrPeer(indexDir);
  }

  public static void main(String[] args) throws Exception {
    new PeerHarness("solr", SolrPeer::open).main(args);
    System.exit(0); // Solr leaves non-daemon threads behind.
  }

  @Override
  public long ingest(Path corpusDir) throws Exception {
    long docs = 0;
    List<SolrInputDocument> batch = new ArrayList<>(BATCH);
    try (Stream<String> lines = Files.lines(corpusDir.resolve("facts.tsv"), StandardCharsets.UTF_8)) {
      for (String line : (Iterable<String>) lines::iterator) {
        ChartFacts f = ChartFacts.fromLine(line);
        batch.add(document(f, Files.readString(corpusDir.resolve(f.file()), StandardCharsets.UTF_8)));
        docs++;
        if (batch.size() == BATCH) {
          server.add(batch);
          batch.clear();
        }
      }
    }
    if (!batch.isEmpty()) {
      server.add(batch);
    }
    server.commit();
    return docs;
  }

  private static SolrInputDocument document(ChartFacts f, String text) {
    SolrInputDocument d = new SolrInputDocument();
    d.addField("id", f.id());
    d.addField("title", f.title());
    d.addField("axis", f.xLabel());
    d.addField("axis", f.yLabel());
    f.models().forEach(m -> d.addField("model", m));
    f.series().forEach(s -> d.addField("series", s));
    d.addField("text", text);
    d.addField("type_s", f.type());
    f.models().forEach(m -> d.addField("model_s", m));
    for (String a : new String[] {f.xLabel(), f.yLabel()}) {
      if (!a.isEmpty()) {
        d.addField("axis_s", a.toLowerCase(Locale.ROOT));
      }
    }
    if (!Double.isNaN(f.xMin())) {
      d.addField("xmin", f.xMin());
      d.addField("xmax", f.xMax());
    }
    if (!Double.isNaN(f.yMin())) {
      d.addField("ymin", f.yMin());
      d.addField("ymax", f.yMax());
    }
    return d;
  }

  @Override
  public long search(BenchQuery q) throws Exception {
    SolrQuery s = new SolrQuery();
    String text = (q.words() + (q.axisPhrase().isEmpty() ? "" : " axis:\"" + q.axisPhrase() + "\"")).strip();
    if (text.isEmpty()) {
      s.setQuery("*:*");
    } else {
      s.setQuery(text);
      s.set("defType", "edismax");
      s.set("qf", "title^4 axis^3 model^2 series^1.5 text");
      s.set("q.op", "AND");
    }
    if (!q.type().isEmpty()) {
      s.addFilterQuery("{!tag=type}type_s:" + quoted(q.type()));
    }
    if (!q.model().isEmpty()) {
      s.addFilterQuery("{!tag=model}model_s:" + quoted(q.model()));
    }
    if (q.hasRange()) {
      String r = q.rangeRole().equals("y") ? "y" : "x";
      s.addFilterQuery(String.format(Locale.ROOT, "%smin:[* TO %s] AND %smax:[%s TO *]",
          r, q.rangeMax(), r, q.rangeMin()));
    }
    s.setFacet(true);
    s.setFacetLimit(10);
    s.setFacetMinCount(1);
    for (String dim : q.facets()) {
      s.addFacetField("{!ex=" + dim + "}" + dim + "_s");
    }
    s.setHighlight(true);
    s.set("hl.method", "unified");
    s.set("hl.fl", "title,axis,text");
    s.set("hl.snippets", 2);
    s.set("hl.fragsize", 160);
    s.setRows(10);
    s.setFields("id", "title");
    QueryResponse response = server.query(s);
    return response.getResults().getNumFound();
  }

  private static String quoted(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  @Override
  public long indexBytes() throws IOException {
    try (Stream<Path> files = Files.walk(home.resolve("charts/data"))) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
