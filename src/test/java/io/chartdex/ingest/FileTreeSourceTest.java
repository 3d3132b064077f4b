package io.chartdex.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chartdex.model.Description;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreeSourceTest {

  private static Path tree() throws URISyntaxException {
    return Path.of(FileTreeSourceTest.class.getResource("/ingest/tree").toURI());
  }

  private static CollectingSink read(FileTreeSource source) throws IOException {
    CollectingSink sink = new CollectingSink();
    source.readInto(sink);
    return sink;
  }

  @Test
  void treeYieldsMarkdownFilesAndJsonlRecordsInSortedPathOrder() throws Exception {
    CollectingSink sink = read(new FileTreeSource(List.of(tree())));

    assertThat(sink.ids())
        .containsExactly(
            "charxiv-val-5",
            "charxiv-val-27",
            TextFiles.contentId("Analysis on model generalization."),
            "seeds/decoding-steps-heatmap.md",
            "seeds/pro-ultra-nll.md");
  }

  @Test
  void badJsonlLinesAreReportedWithTheirLineNumbersAndTheRestIsRead() throws Exception {
    CollectingSink sink = read(new FileTreeSource(List.of(tree())));

    assertThat(sink.failures).hasSize(2);
    assertThat(sink.failures.get(0)).contains("captions.jsonl:4 -> invalid JSON");
    assertThat(sink.failures.get(1))
        .endsWith("captions.jsonl:5 -> no text: field \"text\" is missing or not a string");
  }

  @Test
  void markdownSourceIsTheFolderRelativeToTheRootsParent() throws Exception {
    CollectingSink sink = read(new FileTreeSource(List.of(tree())));

    Description seed = sink.descriptions.get(3);
    assertThat(seed.source()).isEqualTo("tree/seeds");
    assertThat(seed.text())
        .startsWith("## Heatmap: Output Token Position Index vs. Decoding Steps");
  }

  @Test
  void jsonlRecordsKeepSourceAndScalarFieldsAsMetadata() throws Exception {
    CollectingSink sink = read(new FileTreeSource(List.of(tree())));

    Description caption = sink.descriptions.get(0);
    assertThat(caption.source()).isEqualTo("charxiv");
    assertThat(caption.metadata())
        .containsEntry("subset", "val")
        .containsEntry("id", "charxiv-val-5")
        .doesNotContainKey("text")
        .doesNotContainKey("context");
  }

  @Test
  void configurableFieldNamesReachNestedSources() throws Exception {
    JsonFields fields = new JsonFields("text", "id", List.of("context.url"));
    CollectingSink sink = read(new FileTreeSource(List.of(tree()), fields));

    assertThat(sink.descriptions.get(0).source()).isEqualTo("https://arxiv.org/abs/2012.06308");
  }

  @Test
  void aFileNamedDirectlyHasItsFileNameAsId() throws Exception {
    Path seed = tree().resolve("seeds/pro-ultra-nll.md");

    CollectingSink sink = read(new FileTreeSource(List.of(seed)));

    assertThat(sink.ids()).containsExactly("pro-ultra-nll.md");
    assertThat(sink.descriptions.get(0).source()).isEqualTo("seeds");
  }

  @Test
  void invalidUtf8IsReplacedNotFatal(@TempDir Path dir) throws Exception {
    byte[] bytes = "## Bar Chart: caf\u00e9 ".getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[bytes.length + 2];
    System.arraycopy(bytes, 0, broken, 0, bytes.length);
    broken[bytes.length] = (byte) 0xC3; // a lead byte with no continuation
    broken[bytes.length + 1] = (byte) 0x28;
    Files.write(dir.resolve("broken.md"), broken);

    CollectingSink sink = read(new FileTreeSource(List.of(dir)));

    assertThat(sink.failures).isEmpty();
    assertThat(sink.descriptions.get(0).text()).isEqualTo("## Bar Chart: caf\u00e9 \uFFFD(");
  }

  @Test
  void unsupportedFileNamedDirectlyIsReportedAsFailed() throws Exception {
    CollectingSink sink = read(new FileTreeSource(List.of(tree().resolve("seeds/notes.csv"))));

    assertThat(sink.descriptions).isEmpty();
    assertThat(sink.failures).singleElement().asString().contains("unsupported file type");
  }

  @Test
  void missingRootFailsTheWholeSource(@TempDir Path dir) {
    FileTreeSource source = new FileTreeSource(List.of(dir.resolve("nope")));

    assertThatThrownBy(() -> source.readInto(new CollectingSink()))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("nope");
  }

  @Test
  void jsonDocumentMayHoldAnArrayOfRecords(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("charts.json"),
        "[{\"id\":\"a\",\"text\":\"A bar chart.\"},{\"id\":\"b\",\"text\":\"A pie chart.\"},7]",
        StandardCharsets.UTF_8);

    CollectingSink sink = read(new FileTreeSource(List.of(dir)));

    assertThat(sink.ids()).containsExactly("a", "b");
    assertThat(sink.failures)
        .singleElement()
        .asString()
        .endsWith("charts.json[2] -> expected a JSON object with a \"text\" field");
  }
}
