package io.chartdex.cli;

import picocli.CommandLine.Help.Ansi;

/**
 * Turns a highlighted snippet (HTML-escaped text with {@code <mark>} spans) into terminal text: the
 * marked words bold when the terminal shows colour, else between {@code **}; entities decoded.
 */
final class TerminalText {
  private final Ansi ansi;

  TerminalText(Ansi ansi) {
    this.ansi = ansi;
  }

  String snippet(String html) {
    boolean colour = ansi.enabled();
    String marked =
        html.replace("<mark>", colour ? "\u001B[1;33m" : "**")
            .replace("</mark>", colour ? "\u001B[0m" : "**");
    return unescape(marked);
  }

  static String unescape(String text) {
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&#x2F;", "/")
        .replace("&#47;", "/")
        .replace("&amp;", "&");
  }
}
