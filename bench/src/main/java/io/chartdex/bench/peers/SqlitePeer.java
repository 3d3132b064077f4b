package io.chartdex.bench.peers;

import io.chartdex.bench.common.BenchQuery;
import io.chartdex.bench.common.ChartFacts;
import io.chartdex.bench.common.SearchPeer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a scripter would reach for: SQLite FTS5 (porter tokenizer, bm25 with the same field weights,
 * snippet() and highlight()), facets by GROUP BY over a (dim, value, id) table, each counted
 * without its own filter. It indexes the generator's facts beside the text in one transaction.
 * Search is thread-safe: one read connection per thread, as SQLite connections are not shared.
 */
public final class SqlitePeer implements SearchPeer {
  private static final String BM25 = "bm25(fts, 4.0, 3.0, 2.0, 1.5, 1.0)";

  private final Path file;
  private final ThreadLocal<Connection> connections;
  private final List<Connection> opened = java.util.Collections.synchronizedList(new ArrayList<>());

  private SqlitePeer(Path file) {
    this.file = file;
    this.connections = ThreadLocal.withInitial(this::connect);
  }

  public static SqlitePeer open(Path indexDir) throws Exception {
    Files.createDirectories(indexDir);
    return new SqlitePeer(indexDir.resolve("charts.db"));
  }

  private Connection connect() {
    try {
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
      opened.add(c);
      return c;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open " + file, e);
    }
  }

  @Override
  public long ingest(Path corpusDir) throws Exception {
    Connection c = connections.get();
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode=WAL");
      s.execute("PRAGMA synchronous=NORMAL");
      s.execute(
          "CREATE VIRTUAL TABLE fts USING fts5(title, axis, model, series, text,"
              + " tokenize='porter unicode61')");
      s.execute(
          "CREATE TABLE meta(id INTEGER PRIMARY KEY, doc TEXT, type TEXT,"
              + " xmin REAL, xmax REAL, ymin REAL, ymax REAL)");
      s.execute("CREATE TABLE facet(id INTEGER, dim TEXT, value TEXT)");
    }
    c.setAutoCommit(false);
    long docs = 0;
    try (PreparedStatement fts = c.prepareStatement("INSERT INTO fts(rowid, title, axis, model, series, text) VALUES (?,?,?,?,?,?)");
        PreparedStatement meta = c.prepareStatement("INSERT INTO meta VALUES (?,?,?,?,?,?,?)");
        PreparedStatement facet = c.prepareStatement("INSERT INTO facet VALUES (?,?,?)");
        var lines = Files.lines(corpusDir.resolve("facts.tsv"), StandardCharsets.UTF_8)) {
      for (String line : (Iterable<String>) lines::iterator) {
        ChartFacts f = ChartFacts.fromLine(line);
        long id = ++docs;
        String text = Files.readString(corpusDir.resolve(f.file()), StandardCharsets.UTF_8);
        fts.setLong(1, id);
        fts.setString(2, f.title());
        fts.setString(3, f.xLabel() + "\n" + f.yLabel());
        fts.setString(4, String.join("\n", f.models()));
        fts.setString(5, String.join("\n", f.series()));
        fts.setString(6, text);
        fts.executeUpdate();
        meta.setLong(1, id);
        meta.setString(2, f.id());
        meta.setString(3, f.type());
        setRange(meta, 4, f.xMin(), f.xMax());
        setRange(meta, 6, f.yMin(), f.yMax());
        meta.executeUpdate();
        addFacet(facet, id, "type", f.type());
        for (String m : f.models()) {
          addFacet(facet, id, "model", m);
        }
        for (String a : new String[] {f.xLabel(), f.yLabel()}) {
          addFacet(facet, id, "axis", a.toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("CREATE INDEX facet_dim_value ON facet(dim, value, id)");
      s.execute("CREATE INDEX facet_id ON facet(id, dim, value)");
      s.execute("CREATE INDEX meta_type ON meta(type)");
      c.commit();
      c.setAutoCommit(true);
      s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    return docs;
  }

  private static void setRange(PreparedStatement p, int at, double min, double max)
      throws SQLException {
    if (Double.isNaN(min)) {
      p.setNull(at, java.sql.Types.REAL);
      p.setNull(at + 1, java.sql.Types.REAL);
    } else {
      p.setDouble(at, min);
      p.setDouble(at + 1, max);
    }
  }

  private static void addFacet(PreparedStatement p, long id, String dim, String value)
      throws SQLException {
    if (!value.isEmpty()) {
      p.setLong(1, id);
      p.setString(2, dim);
      p.setString(3, value);
      p.executeUpdate();
    }
  }

  @Override
  public long search(BenchQuery q) throws Exception {
    Connection c = connections.get();
    long total;
    Filtered all = filtered(q, "");
    try (PreparedStatement p = c.prepareStatement("SELECT count(*) " + all.sql())) {
      total = single(all.bind(p));
    }
    String top =
        q.words().isEmpty() && q.axisPhrase().isEmpty()
            ? "SELECT m.id, m.doc " + all.sql() + " ORDER BY m.id LIMIT 10"
            : "SELECT m.id, m.doc, snippet(fts, 4, '<b>', '</b>', '…', 24),"
                + " highlight(fts, 0, '<b>', '</b>'), highlight(fts, 1, '<b>', '</b>') "
                + all.sql() + " ORDER BY " + BM25 + " LIMIT 10";
    try (PreparedStatement p = c.prepareStatement(top);
        ResultSet rs = all.bind(p).executeQuery()) {
      while (rs.next()) {
        rs.getString(2);
      }
    }
    for (String dim : q.facets()) {
      Filtered others = filtered(q, dim);
      String sql =
          "SELECT f.value, count(*) AS n FROM facet f WHERE f.dim = ? AND f.id IN (SELECT m.id "
              + others.sql() + ") GROUP BY f.value ORDER BY n DESC, f.value LIMIT 10";
      try (PreparedStatement p = c.prepareStatement(sql)) {
        p.setString(1, dim);
        others.bind(p, 2);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            rs.getString(1);
          }
        }
      }
    }
    return total;
  }

  /** FROM/WHERE of the matching charts, leaving out the filter on one dimension (or none). */
  private static Filtered filtered(BenchQuery q, String excludedDim) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder();
    String match = match(q);
    if (match.isEmpty()) {
      sql.append("FROM meta m WHERE 1=1");
    } else {
      sql.append("FROM fts JOIN meta m ON m.id = fts.rowid WHERE fts MATCH ?");
      params.add(match);
    }
    if (!q.type().isEmpty() && !excludedDim.equals("type")) {
      sql.append(" AND m.type = ?");
      params.add(q.type());
    }
    if (!q.model().isEmpty() && !excludedDim.equals("model")) {
      sql.append(" AND m.id IN (SELECT id FROM facet WHERE dim = 'model' AND value = ?)");
      params.add(q.model());
    }
    if (q.hasRange()) {
      String role = q.rangeRole().equals("y") ? "y" : "x";
      sql.append(" AND m.").append(role).append("min <= ? AND m.").append(role).append("max >= ?");
      params.add(q.rangeMax());
      params.add(q.rangeMin());
    }
    return new Filtered(sql.toString(), params);
  }

  /** FTS5 syntax: every word quoted (so "-" or ":" cannot break it), the phrase on the axis column. */
  private static String match(BenchQuery q) {
    List<String> parts = new ArrayList<>();
    for (String w : q.words().split("\\s+")) {
      if (!w.isBlank()) {
        parts.add('"' + w.replace("\"", "") + '"');
      }
    }
    if (!q.axisPhrase().isEmpty()) {
      parts.add("axis : \"" + q.axisPhrase().replace("\"", "") + '"');
    }
    return String.join(" AND ", parts);
  }

  private record Filtered(String sql, List<Object> params) {
    PreparedStatement bind(PreparedStatement p) throws SQLException {
      return bind(p, 1);
    }

    PreparedStatement bind(PreparedStatement p, int first) throws SQLException {
      for (int i = 0; i < params.size(); i++) {
        p.setObject(first + i, params.get(i));
      }
      return p;
    }
  }

  private static long single(PreparedStatement p) throws SQLException {
    try (ResultSet rs = p.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Override
  public long indexBytes() throws Exception {
    long bytes = 0;
    for (Path p : List.of(file, Path.of(file + "-wal"))) {
      bytes += Files.exists(p) ? Files.size(p) : 0;
    }
    return bytes;
  }

  @Override
  public void close() throws Exception {
    for (Connection c : opened) {
      c.close();
    }
  }
}
