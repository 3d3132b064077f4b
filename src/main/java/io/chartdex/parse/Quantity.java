package io.chartdex.parse;

/**
 * A number as read from text: its value, the span it occupied and whether a percent sign followed.
 * The value may be infinite or NaN when the text wrote a number too large to represent ({@code
 * 1e999999}); callers check {@link #finite()} before using it.
 *
 * @param value the number (32K is 32000, 10^-4 is 0.0001)
 * @param start index of its first character
 * @param end index after its last character, percent sign included
 * @param percent whether a {@code %} followed it
 */
record Quantity(double value, int start, int end, boolean percent) {

  boolean finite() {
    return Double.isFinite(value);
  }
}
