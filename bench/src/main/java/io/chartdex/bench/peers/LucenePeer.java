package io.chartdex.bench.peers;

import io.chartdex.bench.common.BenchQuery;
import io.chartdex.bench.common.ChartFacts;
import io.chartdex.bench.common.SearchPeer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleRange;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The floor: the same fields, facets (sorted-set doc values, drill-sideways counts), axis ranges
 * and unified highlighting hand-coded on Lucene with no chartdex layer. It indexes the generator's
 * facts beside the text (it has no parser), single-threaded, like the Lucene demo. The searcher,
 * facet state and highlighter are built once per opened reader. Thread-safe for search.
 */
public final class LucenePeer implements SearchPeer {
  private static final String[] TEXT_FIELDS = {"title", "axis", "model", "series", "text"};
  private static final Map<String, Float> BOOSTS =
      Map.of("title", 4f, "axis", 3f, "model", 2f, "series", 1.5f, "text", 1f);
  private static final String[] HIGHLIGHT = {"title", "axis", "text"};
  private static final int[] PASSAGES = {1, 1, 2};
  private static final FieldType TEXT = textType();

  private final Directory directory;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final FacetsConfig facets = new FacetsConfig();
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private SortedSetDocValuesReaderState state;
  private UnifiedHighlighter highlighter;

  private LucenePeer(Directory directory) {
    this.directory = directory;
    facets.setMultiValued("model", true);
    facets.setMultiValued("axis", true);
  }

  public static LucenePeer open(Path indexDir) throws IOException {
    LucenePeer peer = new LucenePeer(FSDirectory.open(indexDir));
    if (DirectoryReader.indexExists(peer.directory)) {
      peer.openReader();
    }
    return peer;
  }

  private static FieldType textType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  @Override
  public long ingest(Path corpusDir) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64);
    long docs = 0;
    try (IndexWriter writer = new IndexWriter(directory, config);
        var lines = Files.lines(corpusDir.resolve("facts.tsv"), StandardCharsets.UTF_8)) {
      for (String line : (Iterable<String>) lines::iterator) {
        ChartFacts f = ChartFacts.fromLine(line);
        String text = Files.readString(corpusDir.resolve(f.file()), StandardCharsets.UTF_8);
        writer.addDocument(facets.build(document(f, text)));
        docs++;
      }
      writer.commit();
    }
    openReader();
    return docs;
  }

  private static Document document(ChartFacts f, String text) {
    Document doc = new Document();
    doc.add(new StringField("id", f.id(), Field.Store.YES));
    doc.add(new Field("title", f.title(), TEXT));
    doc.add(new Field("axis", f.xLabel(), TEXT));
    doc.add(new Field("axis", f.yLabel(), TEXT));
    f.models().forEach(m -> doc.add(new Field("model", m, TEXT)));
    f.series().forEach(s -> doc.add(new Field("series", s, TEXT)));
    doc.add(new Field("text", text, TEXT));
    doc.add(new SortedSetDocValuesFacetField("type", f.type()));
    f.models().forEach(m -> doc.add(new SortedSetDocValuesFacetField("model", m)));
    for (String axis : new String[] {f.xLabel(), f.yLabel()}) {
      if (!axis.isEmpty()) {
        doc.add(new SortedSetDocValuesFacetField("axis", axis.toLowerCase(java.util.Locale.ROOT)));
      }
    }
    if (!Double.isNaN(f.xMin())) {
      doc.add(new DoubleRange("x", new double[] {f.xMin()}, new double[] {f.xMax()}));
    }
    if (!Double.isNaN(f.yMin())) {
      doc.add(new DoubleRange("y", new double[] {f.yMin()}, new double[] {f.yMax()}));
    }
    return doc;
  }

  private void openReader() throws IOException {
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    state = new DefaultSortedSetDocValuesReaderState(reader, facets);
    highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
  }

  @Override
  public long search(BenchQuery q) throws Exception {
    Query base = textQuery(q);
    if (q.hasRange()) {
      base =
          new BooleanQuery.Builder()
              .add(base, BooleanClause.Occur.MUST)
              .add(
                  DoubleRange.newIntersectsQuery(
                      q.rangeRole(), new double[] {q.rangeMin()}, new double[] {q.rangeMax()}),
                  BooleanClause.Occur.FILTER)
              .build();
    }
    DrillDownQuery drill = new DrillDownQuery(facets, base);
    if (!q.type().isEmpty()) {
      drill.add("type", q.type());
    }
    if (!q.model().isEmpty()) {
      drill.add("model", q.model());
    }
    DrillSideways.DrillSidewaysResult result =
        new DrillSideways(searcher, facets, state).search(drill, 10);
    for (String dim : q.facets()) {
      result.facets.getTopChildren(10, dim);
    }
    highlighter.highlightFields(HIGHLIGHT, base, result.hits, PASSAGES);
    var stored = searcher.storedFields();
    for (ScoreDoc sd : result.hits.scoreDocs) {
      stored.document(sd.doc, java.util.Set.of("id", "title"));
    }
    return result.hits.totalHits.value();
  }

  private Query textQuery(BenchQuery q) throws Exception {
    StringBuilder s = new StringBuilder(q.words());
    if (!q.axisPhrase().isEmpty()) {
      s.append(" axis:\"").append(QueryParser.escape(q.axisPhrase())).append('"');
    }
    if (s.toString().isBlank()) {
      return new MatchAllDocsQuery();
    }
    // The classic parser is not thread-safe: one per query, as chartdex does.
    MultiFieldQueryParser parser = new MultiFieldQueryParser(TEXT_FIELDS, analyzer, BOOSTS);
    parser.setDefaultOperator(QueryParser.AND_OPERATOR);
    return parser.parse(s.toString().strip());
  }

  @Override
  public long indexBytes() throws IOException {
    long bytes = 0;
    for (String file : directory.listAll()) {
      bytes += directory.fileLength(file);
    }
    return bytes;
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
    directory.close();
  }
}
