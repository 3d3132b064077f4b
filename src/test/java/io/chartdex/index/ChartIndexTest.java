package io.chartdex.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chartdex.config.ConfigSource;
import io.chartdex.model.ChartRecord;
import io.chartdex.model.Description;
import io.chartdex.model.ParseWarning;
import io.chartdex.model.Series;
import io.chartdex.schema.IndexSchema;
import io.chartdex.search.ChartSearcher;
import io.chartdex.search.FacetResult;
import io.chartdex.search.SampleCharts;
import io.chartdex.search.SearchHit;
import io.chartdex.search.SearchRequest;
import io.chartdex.search.SearchResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartIndexTest {
  private static final IndexSchema SCHEMA = IndexSchema.load(ConfigSource.bundled());

  @TempDir Path directory;
  private ChartIndex index;
  private ChartSearcher searcher;

  @BeforeEach
  void open() throws IOException {
    index = ChartIndex.open(directory, SCHEMA, ChartSearcher.searcherFactory(SCHEMA));
    searcher = new ChartSearcher(SCHEMA, index.searchers());
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  /** Indexes records as if parsed from descriptions whose text is "text of <id>". */
  private IndexReport index(List<ChartRecord> records) throws IOException {
    Map<String, ChartRecord> byId = new HashMap<>();
    records.forEach(r -> byId.put(r.id(), r));
    return index.index(
        sink -> records.forEach(r -> sink.accept(description(r))),
        d -> byId.get(d.id()),
        ProgressListener.NONE);
  }

  private static Description description(ChartRecord r) {
    return new Description(r.id(), r.source(), "text of " + r.id(), Map.of("split", "val"));
  }

  private List<String> ids(String query) {
    return searcher.search(SearchRequest.builder().query(query).size(100).build()).hits().stream()
        .map(SearchHit::id)
        .toList();
  }

  @Test
  void indexesEveryChartAndCommits() throws IOException {
    IndexReport report = index(SampleCharts.ALL);

    assertThat(report.indexed()).isEqualTo(5);
    assertThat(report.replaced()).isZero();
    assertThat(report.failures()).isEmpty();
    assertThat(report.bytes()).isEqualTo(100);
    assertThat(searcher.documentCount()).isEqualTo(5);
    assertThat(index.sizeOnDisk()).isPositive();
  }

  @Test
  void reindexingTheSameIdReplacesTheChart() throws IOException {
    index(SampleCharts.ALL);
    ChartRecord retitled = withTitle(SampleCharts.DECODING, "Token Positions Over Decoding Time");

    IndexReport report = index(List.of(retitled));

    assertThat(report.indexed()).isEqualTo(1);
    assertThat(report.replaced()).isEqualTo(1);
    assertThat(searcher.documentCount()).isEqualTo(5);
    assertThat(ids("title:positions")).containsExactly("decoding-steps");
    assertThat(ids("title:\"Position Index\"")).isEmpty();
    assertThat(searcher.get("decoding-steps").orElseThrow().record()).isEqualTo(retitled);
  }

  @Test
  void aRepeatedIdWithinOneRunKeepsTheLastVersionOnly() throws IOException {
    ChartRecord retitled = withTitle(SampleCharts.DECODING, "Second Version");

    IndexReport report = index(List.of(SampleCharts.DECODING, SampleCharts.NLL, retitled));

    assertThat(report.indexed()).isEqualTo(3);
    assertThat(report.replaced()).isEqualTo(1);
    assertThat(searcher.documentCount()).isEqualTo(2);
    assertThat(searcher.get("decoding-steps").orElseThrow().record().title())
        .isEqualTo("Second Version");
  }

  @Test
  void aFailingDocumentIsReportedAndTheRestIndexed() throws IOException {
    // A legend entry longer than Lucene allows for a facet value.
    ChartRecord immense = withSeries(SampleCharts.LATENCY, "x".repeat(40_000));
    List<ChartRecord> records = List.of(SampleCharts.DECODING, immense, SampleCharts.NLL);

    IndexReport report = index(records);

    assertThat(report.indexed()).isEqualTo(2);
    assertThat(report.failures()).hasSize(1);
    assertThat(report.failures().get(0).id()).isEqualTo("batch-latency");
    assertThat(report.failures().get(0).reason())
        .startsWith(
            "cannot be parsed or mapped: category path exceeds maximum allowed path length: max=8191 len=40007");
    assertThat(ids("")).containsExactly("decoding-steps", "pro-ultra-nll");
  }

  @Test
  void parserFailuresAndUnreadableItemsAreReportedInSourceOrder() throws IOException {
    Function<Description, ChartRecord> parser =
        d -> {
          if (d.id().equals("broken")) {
            throw new IllegalStateException("no heading");
          }
          return SampleCharts.DECODING;
        };
    IndexReport report =
        index.index(
            sink -> {
              sink.accept(new Description("broken", null, "?"));
              sink.failed("data/a.jsonl:17", "not JSON");
              sink.accept(new Description("decoding-steps", null, "text"));
            },
            parser,
            ProgressListener.NONE);

    assertThat(report.indexed()).isEqualTo(1);
    assertThat(report.failures())
        .containsExactly(
            new IndexReport.Failure("broken", "cannot be parsed or mapped: no heading"),
            new IndexReport.Failure("data/a.jsonl:17", "not JSON"));
  }

  @Test
  void countsChartsIndexedWithParseWarnings() throws IOException {
    ChartRecord warned = withWarning(SampleCharts.NLL);

    IndexReport report = index(List.of(SampleCharts.DECODING, warned));

    assertThat(report.withWarnings()).isEqualTo(1);
  }

  @Test
  void largeSourcesAreIndexedCompletelyAndInSourceOrder() throws IOException {
    List<ChartRecord> many = new ArrayList<>();
    for (int i = 0; i < 1_100; i++) {
      many.add(
          withTitle(
              withId(SampleCharts.LATENCY, String.format(Locale.ROOT, "c%04d", i)), "chart " + i));
    }
    many.add(withTitle(withId(SampleCharts.LATENCY, "c0000"), "the last word"));
    List<Long> progress = new ArrayList<>();

    // Each description's text is its position, so the parser (run on a pool) finds its record.
    IndexReport report =
        index.index(
            sink -> {
              for (int i = 0; i < many.size(); i++) {
                sink.accept(new Description(many.get(i).id(), null, Integer.toString(i)));
              }
            },
            d -> many.get(Integer.parseInt(d.text())),
            (docs, bytes, millis) -> progress.add(docs));

    assertThat(report.indexed()).isEqualTo(1_101);
    assertThat(report.replaced()).isEqualTo(1);
    assertThat(searcher.documentCount()).isEqualTo(1_100);
    // More hits than Lucene counts exactly by default: the total is still exact.
    assertThat(searcher.search(SearchRequest.builder().size(1).build()).total()).isEqualTo(1_100);
    assertThat(progress)
        .containsExactly(100L, 200L, 300L, 400L, 500L, 600L, 700L, 800L, 900L, 1000L, 1100L, 1101L);
    assertThat(searcher.get("c0000").orElseThrow().record().title()).isEqualTo("the last word");
    assertThat(searcher.get("c1099").orElseThrow().record().title()).isEqualTo("chart 1099");
  }

  @Test
  void interleavedRepeatsKeepTheirLastVersionAndFailuresStayInSourceOrder() throws IOException {
    // 40 ids, each written 15 times in turn; every 7th description fails to parse. The pool
    // writes concurrently, yet every id must end with its last good version.
    List<Description> descriptions = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      descriptions.add(
          new Description(String.format(Locale.ROOT, "r%02d", i % 40), null, Integer.toString(i)));
    }
    Function<Description, ChartRecord> parser =
        d -> {
          int i = Integer.parseInt(d.text());
          if (i % 7 == 3) {
            throw new IllegalStateException("bad " + i);
          }
          return withTitle(withId(SampleCharts.NLL, d.id()), "version " + i);
        };

    IndexReport report =
        index.index(sink -> descriptions.forEach(sink::accept), parser, ProgressListener.NONE);

    List<IndexReport.Failure> expectedFailures = new ArrayList<>();
    Map<String, String> lastTitle = new HashMap<>();
    for (int i = 0; i < 600; i++) {
      String id = descriptions.get(i).id();
      if (i % 7 == 3) {
        expectedFailures.add(new IndexReport.Failure(id, "cannot be parsed or mapped: bad " + i));
      } else {
        lastTitle.put(id, "version " + i);
      }
    }
    assertThat(report.failures()).containsExactlyElementsOf(expectedFailures);
    assertThat(report.indexed()).isEqualTo(600 - expectedFailures.size());
    assertThat(report.replaced()).isEqualTo(report.indexed() - 40);
    assertThat(searcher.documentCount()).isEqualTo(40);
    lastTitle.forEach(
        (id, title) ->
            assertThat(searcher.get(id).orElseThrow().record().title()).isEqualTo(title));
  }

  @Test
  void textBytesAreCountedAsUtf8() {
    assertThat(IndexRun.utf8Length("a\u00e9\u20ac\ud83d\ude00")).isEqualTo(1 + 2 + 3 + 4);
    assertThat(IndexRun.utf8Length("x\ud800y"))
        .isEqualTo("x\ud800y".getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
  }

  @Test
  void aDimensionNoChartHasCountsNothingYetListsTheSelectedValue() throws IOException {
    index(List.of(withoutColors(SampleCharts.NLL), withoutColors(SampleCharts.DECODING)));

    SearchResult all =
        searcher.search(SearchRequest.builder().facets(List.of("color", "type")).build());
    SearchResult red =
        searcher.search(
            SearchRequest.builder().filter("color", "Red").facets(List.of("color")).build());

    assertThat(all.total()).isEqualTo(2);
    assertThat(all.facets().get(0)).isEqualTo(new FacetResult("color", "Colour", 0, List.of()));
    assertThat(all.facets().get(1).values())
        .containsExactly(
            new FacetResult.FacetValue("heatmap", 1, false),
            new FacetResult.FacetValue("line", 1, false));
    assertThat(red.total()).isZero();
    assertThat(red.facets().get(0).values())
        .containsExactly(new FacetResult.FacetValue("red", 0, true));
    assertThat(searcher.facetValues("color", "", 5).values()).isEmpty();
  }

  @Test
  void anEmptyIndexAnswersEveryQueryWithNothing() {
    SearchResult result =
        searcher.search(SearchRequest.builder().query("heatmap").filter("type", "heatmap").build());

    assertThat(result.total()).isZero();
    assertThat(result.facets().get(0).values())
        .containsExactly(new FacetResult.FacetValue("heatmap", 0, true));
    assertThat(searcher.suggest(null, "dec", 5)).isEmpty();
    assertThat(searcher.facetValues("axis", "", 5).values()).isEmpty();
    assertThat(searcher.get("anything")).isEmpty();
  }

  @Test
  void searchesRunWhileChartsAreBeingIndexed() throws Exception {
    List<ChartRecord> many = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      many.add(withId(SampleCharts.NLL, "n" + i));
    }
    ExecutorService readers = Executors.newFixedThreadPool(2);
    AtomicBoolean indexing = new AtomicBoolean(true);
    List<Future<Long>> searches = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      searches.add(
          readers.submit(
              () -> {
                long last = 0;
                while (indexing.get()) {
                  long total = searcher.search(SearchRequest.of("model:ultra")).total();
                  assertThat(total).isBetween(last, 300L);
                  last = total;
                }
                return last;
              }));
    }
    try {
      index(many);
    } finally {
      indexing.set(false);
      readers.shutdown();
    }

    for (Future<Long> search : searches) {
      assertThat(search.get()).isBetween(0L, 300L);
    }
    assertThat(searcher.search(SearchRequest.of("model:ultra")).total()).isEqualTo(300);
  }

  @Test
  void deleteRemovesAChartAndSaysWhetherItExisted() throws IOException {
    index(SampleCharts.ALL);

    assertThat(index.delete("markup")).isTrue();
    assertThat(index.delete("markup")).isFalse();
    assertThat(searcher.documentCount()).isEqualTo(4);
    assertThat(searcher.get("markup")).isEmpty();
  }

  @Test
  void addReturnsTheRecordsAndMakesThemSearchable() throws IOException {
    List<ChartRecord> added =
        index.add(List.of(description(SampleCharts.NLL)), d -> SampleCharts.NLL);

    assertThat(added).containsExactly(SampleCharts.NLL);
    assertThat(ids("model:ultra")).containsExactly("pro-ultra-nll");
    assertThat(searcher.get("pro-ultra-nll").orElseThrow().metadata())
        .isEqualTo(Map.of("split", "val"));
  }

  @Test
  void addReportsTheDocumentsItCouldNotIndexAfterCommittingTheOthers() {
    ChartRecord immense = withSeries(SampleCharts.LATENCY, "x".repeat(40_000));
    List<ChartRecord> records = List.of(SampleCharts.NLL, immense);

    List<Description> descriptions = records.stream().map(ChartIndexTest::description).toList();

    assertThatThrownBy(
            () ->
                index.add(
                    descriptions, d -> d.id().equals("pro-ultra-nll") ? SampleCharts.NLL : immense))
        .isInstanceOf(DocumentIndexException.class)
        .hasMessageStartingWith("1 document(s) not indexed: [batch-latency: ");
    assertThat(ids("")).containsExactly("pro-ultra-nll");
  }

  @Test
  void aSecondWriterOnTheSameDirectoryGetsAClearError() {
    assertThatThrownBy(
            () -> ChartIndex.open(directory, SCHEMA, ChartSearcher.searcherFactory(SCHEMA)))
        .isInstanceOf(IndexLockedException.class)
        .hasMessage(
            "the index in "
                + directory.toAbsolutePath()
                + " is in use by another process (its write.lock is held);"
                + " stop the other chartdex or choose another index directory");
  }

  static ChartRecord withTitle(ChartRecord r, String title) {
    return new ChartRecord(
        r.id(),
        r.source(),
        title,
        r.chartType(),
        r.axes(),
        r.series(),
        r.models(),
        r.colors(),
        r.panels(),
        r.sections(),
        r.warnings());
  }

  static ChartRecord withId(ChartRecord r, String id) {
    return new ChartRecord(
        id,
        r.source(),
        r.title(),
        r.chartType(),
        r.axes(),
        r.series(),
        r.models(),
        r.colors(),
        r.panels(),
        r.sections(),
        r.warnings());
  }

  static ChartRecord withSeries(ChartRecord r, String name) {
    return new ChartRecord(
        r.id(),
        r.source(),
        r.title(),
        r.chartType(),
        r.axes(),
        List.of(new Series(name, null, null)),
        r.models(),
        r.colors(),
        r.panels(),
        r.sections(),
        r.warnings());
  }

  static ChartRecord withoutColors(ChartRecord r) {
    return new ChartRecord(
        r.id(),
        r.source(),
        r.title(),
        r.chartType(),
        r.axes(),
        r.series(),
        r.models(),
        List.of(),
        r.panels(),
        r.sections(),
        r.warnings());
  }

  static ChartRecord withWarning(ChartRecord r) {
    return new ChartRecord(
        r.id(),
        r.source(),
        r.title(),
        r.chartType(),
        r.axes(),
        r.series(),
        r.models(),
        r.colors(),
        r.panels(),
        r.sections(),
        List.of(new ParseWarning("axis-range-unparsed", "ranging from a to b")));
  }
}
