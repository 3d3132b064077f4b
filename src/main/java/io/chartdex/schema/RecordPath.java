package io.chartdex.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.chartdex.model.ChartRecord;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A path into a {@link ChartRecord} such as {@code title}, {@code chartType.normalized}, {@code
 * axes[].label}, {@code axes[role=x]} or {@code sections[name=interpretation].text}: dots step into
 * a record component, {@code []} steps into every element of a list and {@code [key=value]} into
 * the elements whose {@code key} equals value (ignoring case). Paths are checked against the model
 * classes when the schema loads, so a typo fails there and not at indexing. Immutable.
 */
public final class RecordPath {
  private static final Pattern SEGMENT =
      Pattern.compile("([A-Za-z][A-Za-z0-9]*)(\\[(?:([A-Za-z][A-Za-z0-9]*)=([^\\]]+))?\\])?");

  private final String text;
  private final List<Segment> segments;
  private final Class<?> target;

  private RecordPath(String text, List<Segment> segments, Class<?> target) {
    this.text = text;
    this.segments = segments;
    this.target = target;
  }

  /**
   * Parses a path and checks each step against the model.
   *
   * @throws IllegalArgumentException saying which step is wrong and what it could have been
   */
  public static RecordPath parse(String text) {
    List<Segment> segments = new ArrayList<>();
    Class<?> type = ChartRecord.class;
    for (String part : text.split("\\.", -1)) {
      Matcher m = SEGMENT.matcher(part);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "'" + part + "' is not a path step (name, name[] or name[key=value])");
      }
      RecordComponent component = component(type, m.group(1));
      boolean list = List.class.isAssignableFrom(component.getType());
      boolean each = m.group(2) != null;
      if (list != each) {
        throw new IllegalArgumentException(
            list
                ? m.group(1) + " is a list: write " + m.group(1) + "[]"
                : m.group(1) + " is not a list");
      }
      type = list ? elementType(component.getGenericType()) : component.getType();
      if (m.group(3) != null) {
        component(type, m.group(3));
      }
      segments.add(new Segment(m.group(1), each, m.group(3), m.group(4)));
    }
    return new RecordPath(text, List.copyOf(segments), type);
  }

  /** Whether the path ends at a value (text, number, enum) rather than at a record. */
  public boolean endsAtScalar() {
    return !target.isRecord();
  }

  /** Whether the path ends at an axis-like record with numeric min and max. */
  public boolean endsAtRange() {
    return target.isRecord()
        && Arrays.stream(target.getRecordComponents())
                .filter(c -> c.getName().equals("min") || c.getName().equals("max"))
                .count()
            == 2;
  }

  /** The values this path reaches in a record's JSON tree, in record order; nulls skipped. */
  public List<JsonNode> select(JsonNode root) {
    List<JsonNode> current = List.of(root);
    for (Segment segment : segments) {
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode node : current) {
        segment.step(node, next);
      }
      current = next;
    }
    return current;
  }

  @Override
  public String toString() {
    return text;
  }

  private static RecordComponent component(Class<?> type, String name) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(
          type.getSimpleName() + " is a value; it has no '" + name + "'");
    }
    return Arrays.stream(type.getRecordComponents())
        .filter(c -> c.getName().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    type.getSimpleName()
                        + " has no '"
                        + name
                        + "' (it has: "
                        + Arrays.stream(type.getRecordComponents())
                            .map(RecordComponent::getName)
                            .collect(Collectors.joining(", "))
                        + ")"));
  }

  private static Class<?> elementType(Type listType) {
    if (listType instanceof ParameterizedType p
        && p.getActualTypeArguments()[0] instanceof Class<?> element) {
      return element;
    }
    throw new IllegalArgumentException("list of unknown element type: " + listType);
  }

  private record Segment(String name, boolean each, String key, String value) {
    void step(JsonNode node, List<JsonNode> out) {
      JsonNode child = node.get(name);
      if (child == null || child.isNull()) {
        return;
      }
      if (!each) {
        out.add(child);
        return;
      }
      for (JsonNode element : child) {
        if (key == null || matches(element.get(key))) {
          out.add(element);
        }
      }
    }

    private boolean matches(JsonNode field) {
      return field != null
          && field.isValueNode()
          && field.asText().toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT));
    }
  }
}
