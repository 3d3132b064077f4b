package io.chartdex.search;

import java.util.List;

/**
 * Highlighted passages from one field. Every fragment is HTML-escaped text in which the matched
 * terms, whole phrases as one span, are wrapped in {@code <mark>…</mark>}; nothing else is markup.
 *
 * @param field the index field that matched ("axis.x", "title", "body")
 * @param label where it matched, for people ("X axis", "Title", "Description")
 * @param fragments the passages, best first
 * @param matched false for the fallback summary shown when no text matched the query
 */
public record Snippet(String field, String label, List<String> fragments, boolean matched) {
  public Snippet {
    fragments = List.copyOf(fragments);
  }
}
