package io.chartdex.parse;

import io.chartdex.model.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Model names the gazetteer cannot list, found from how the text speaks of them: "the Pro and Ultra
 * models", "lists the methods from top to bottom: A, B and C", and legend names shaped like model
 * identifiers (MomentumLSTM, ZO-iALM, Mask RCNN) when the overview says the chart compares models
 * or methods. Stateless and thread-safe.
 */
final class ModelCues {
  /** A name as found: the text and where it starts (for document order). */
  record Cue(String name, int start) {}

  private static final String WORD = "[A-Z][\\w.+/]*(?:-[\\w.+/]+)*";
  private static final String NAME = WORD + "(?: " + WORD + ")?";
  private static final Pattern SAID =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])("
              + NAME
              + "(?:(?:, ?|,? and )"
              + NAME
              + "){0,12}) (?:models?|methods?|algorithms?)\\b"); // bounded: no quadratic scans
  private static final Pattern ENUMERATED =
      Pattern.compile(
          "\\b(?:models|methods|algorithms|estimators|classifiers|detectors)\\b[^.:;\\n]{0,40}:"
              + " *([^.;\\n]{3,300})");
  private static final Pattern COMPARES =
      Pattern.compile(
          "\\b(models?|methods?|algorithms?|approach(?:es)?|estimators?|classifiers?|detectors?"
              + "|simulators?|subroutines?|optimi[sz]ers?|solvers?|architectures?|variants)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SHAPED_WORD =
      Pattern.compile(
          "(?=.*[A-Z])(?:[A-Za-z]*[a-z][A-Z][\\w.+/-]*|[A-Z]{2,}[\\w.+/-]*"
              + "|[A-Za-z]+-[\\w.+/-]*[A-Z][\\w.+/-]*|[A-Za-z]+\\d[\\w.+/-]*)");
  private static final GatedMatcher.Gate ENUMERATED_START =
      Gates.words(
          Gates.Before.WORD,
          false,
          List.of("models", "methods", "algorithms", "estimators", "classifiers", "detectors"));
  private static final GatedMatcher.Gate COMPARES_START =
      Gates.words(
          Gates.Before.WORD,
          true,
          List.of(
              "model",
              "method",
              "algorithm",
              "approach",
              "estimator",
              "classifier",
              "detector",
              "simulator",
              "subroutine",
              "optimiser",
              "optimizer",
              "solver",
              "architecture",
              "variants"));
  private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?:^|\\s)(?:the|The) $");
  private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.:!?]\\s+|\\n\\s*)$");

  private ModelCues() {}

  /** Names the text calls models or methods ("the Pro and Ultra models", "CoxPH model"). */
  static List<Cue> said(String text) {
    List<Cue> cues = new ArrayList<>();
    GatedMatcher m = new GatedMatcher(SAID, new SaidStart(), text);
    while (m.find()) {
      List<String> names = TopLevel.split(m.group(1));
      String before = text.substring(Math.max(0, m.start(1) - 6), m.start(1));
      boolean atStart =
          SENTENCE_START.matcher(text.substring(Math.max(0, m.start(1) - 3), m.start(1))).find();
      for (String name : names) {
        String kept =
            keptName(name, names.size() > 1, ARTICLE_BEFORE.matcher(before).find(), atStart);
        if (kept != null) {
          cues.add(new Cue(kept, m.start(1) + Math.max(0, m.group(1).indexOf(kept))));
        }
        atStart = false;
      }
    }
    return cues;
  }

  /**
   * A said name as kept: model-shaped words always; a plain word ("Pro") only in an enumeration or
   * after "the"; a plain sentence-initial word ("Larger BiT") is dropped from the name.
   */
  private static String keptName(
      String name, boolean enumerated, boolean afterThe, boolean atStart) {
    String[] words = name.split(" ");
    if (words.length == 2 && atStart && !shaped(words[0])) {
      return shaped(words[1]) ? words[1] : null;
    }
    for (String word : words) {
      if (shaped(word)) {
        return name;
      }
    }
    return words.length == 1 && (enumerated || afterThe) && !atStart ? name : null;
  }

  /**
   * Names listed after "models/methods …:" ("lists the methods from top to bottom: A, B and C").
   */
  static List<Cue> enumerated(String text) {
    List<Cue> cues = new ArrayList<>();
    GatedMatcher m = new GatedMatcher(ENUMERATED, ENUMERATED_START, text);
    while (m.find()) {
      for (String name : TopLevel.split(m.group(1))) {
        if (name.length() <= 40 && Character.isUpperCase(name.charAt(0))) {
          cues.add(new Cue(name, m.start(1) + Math.max(0, m.group(1).indexOf(name))));
        }
      }
    }
    return cues;
  }

  /** Legend names shaped like model identifiers, when the overview compares models or methods. */
  static List<Cue> fromLegend(String overview, List<Series> legend, String text) {
    List<Cue> cues = new ArrayList<>();
    if (!comparesModels(overview)) {
      return cues;
    }
    for (Series series : legend) {
      String[] words = series.name().split(" ");
      if (words.length <= 3
          && shaped(words[words.length - 1])
          && series.name().matches("[\\w.+/ -]+")) {
        int at = text.indexOf(series.name());
        cues.add(new Cue(series.name(), at < 0 ? text.length() : at));
      }
    }
    return cues;
  }

  /** Whether the overview speaks of models or methods, so that legend names may be models. */
  static boolean comparesModels(String overview) {
    return new GatedMatcher(COMPARES, COMPARES_START, overview).find();
  }

  static boolean shaped(String word) {
    return SHAPED_WORD.matcher(word).matches();
  }

  /**
   * Where SAID can match: a capital after no letter or digit, in a run of the characters a SAID
   * match consists of ({@code [\w.+/ ,-]}) that reaches " model", " method" or " algorithm". Asked
   * about increasing positions, it finds each run's end and the next kind word once.
   */
  private static final class SaidStart implements GatedMatcher.Gate {
    private static final String[] KINDS = {" model", " method", " algorithm"};
    private int runEnd = -1;
    private int kindAt = -1;

    @Override
    public int next(String text, int from) {
      for (int at = from; at < text.length(); at++) {
        if (admits(text, at)) {
          return at;
        }
      }
      return -1;
    }

    private boolean admits(String text, int at) {
      char c = text.charAt(at);
      if (c < 'A' || c > 'Z' || (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)))) {
        return false;
      }
      if (runEnd < at) {
        runEnd = at;
        while (runEnd < text.length() && inSaid(text.charAt(runEnd))) {
          runEnd++;
        }
      }
      if (kindAt < at) {
        kindAt = nextKind(text, at);
      }
      return kindAt < runEnd;
    }

    private static boolean inSaid(char c) {
      return Gates.isAsciiWord(c)
          || c == '.'
          || c == '+'
          || c == '/'
          || c == ' '
          || c == ','
          || c == '-';
    }

    /** The first kind word at or after {@code from}, or the text's length. */
    private static int nextKind(String text, int from) {
      int first = text.length();
      for (String kind : KINDS) {
        int found = text.indexOf(kind, from);
        if (found >= 0 && found < first) {
          first = found;
        }
      }
      return first;
    }
  }
}
