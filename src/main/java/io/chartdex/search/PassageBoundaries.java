package io.chartdex.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * Sentence boundaries plus a boundary after every line break, so a bulleted block in a description
 * ("T=0.05: ... \n T=0.10: ...") splits into lines instead of making one giant "sentence". All
 * boundaries are computed when the text is set. Not thread-safe (the highlighter asks for a fresh
 * instance per use).
 */
final class PassageBoundaries extends BreakIterator {
  private CharacterIterator text = new StringCharacterIterator("");
  private int[] boundaries = {0};
  private int index;

  @Override
  public void setText(String newText) {
    text = new StringCharacterIterator(newText);
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(newText);
    int[] found = new int[newText.length() + 2];
    int n = 0;
    for (int b = sentences.first(); b != DONE; b = sentences.next()) {
      found[n++] = b;
    }
    for (int i = newText.indexOf('\n'); i >= 0; i = newText.indexOf('\n', i + 1)) {
      found[n++] = i + 1;
    }
    boundaries = Arrays.stream(found, 0, n).sorted().distinct().toArray();
    index = 0;
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder all = new StringBuilder();
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      all.append(c);
    }
    setText(all.toString());
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public int first() {
    index = 0;
    return boundaries[0];
  }

  @Override
  public int last() {
    index = boundaries.length - 1;
    return boundaries[index];
  }

  @Override
  public int current() {
    return boundaries[index];
  }

  @Override
  public int next() {
    if (index >= boundaries.length - 1) {
      return DONE;
    }
    return boundaries[++index];
  }

  @Override
  public int next(int n) {
    int result = current();
    for (int i = 0; i < Math.abs(n) && result != DONE; i++) {
      result = n > 0 ? next() : previous();
    }
    return result;
  }

  @Override
  public int previous() {
    if (index == 0) {
      return DONE;
    }
    return boundaries[--index];
  }

  @Override
  public int following(int offset) {
    int i = Arrays.binarySearch(boundaries, offset);
    i = i >= 0 ? i + 1 : -i - 1;
    if (i >= boundaries.length) {
      index = boundaries.length - 1;
      return DONE;
    }
    index = i;
    return boundaries[i];
  }

  @Override
  public int preceding(int offset) {
    int i = Arrays.binarySearch(boundaries, offset);
    i = i >= 0 ? i - 1 : -i - 2;
    if (i < 0) {
      index = 0;
      return DONE;
    }
    index = i;
    return boundaries[i];
  }

  @Override
  public Object clone() {
    PassageBoundaries copy = (PassageBoundaries) super.clone();
    copy.boundaries = boundaries.clone();
    return copy;
  }
}
