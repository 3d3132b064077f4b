package io.chartdex.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chartdex.model.Axis;
import io.chartdex.model.ChartRecord;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
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

  private static final ObjectMapper TREE = new ObjectMapper();

  /** Each enum's constants as Jackson writes them ({@code @JsonValue}), by ordinal. */
  private static final ClassValue<List<String>> ENUM_TEXT =
      new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
          return Arrays.stream(type.getEnumConstants())
              .map(constant -> TREE.valueToTree(constant).asText())
              .toList();
        }
      };

  private final String text;
  private final List<Segment> segments;
  private final Class<?> target;

  private RecordPath(String text, List<Segment> segments, Class<?> target) {
    this.text = text;
    this.segments = segments;
    this.target = target;
  }

  /**
   * The values this path reaches in a record, read through the record accessors (no JSON tree), in
   * record order; nulls skipped. Scalars come back as they are in the record (String, Double,
   * enum); {@link #text(Object)} renders one as its JSON text.
   */
  public List<Object> select(ChartRecord record) {
    List<Object> current = List.of(record);
    for (Segment segment : segments) {
      List<Object> next = new ArrayList<>();
      for (Object value : current) {
        segment.stepRecord(value, next);
      }
      current = next;
    }
    return current;
  }

  /** A scalar as its JSON text would read ({@code asText} of its JSON node). */
  public static String text(Object scalar) {
    if (scalar instanceof String s) {
      return s;
    }
    if (scalar instanceof Number || scalar instanceof Boolean) {
      return String.valueOf(scalar);
    }
    if (scalar instanceof Enum<?> constant) {
      return ENUM_TEXT.get(constant.getDeclaringClass()).get(constant.ordinal());
    }
    return TREE.valueToTree(scalar).asText();
  }

  /** The extent an axis-like value states: low ≤ high, an end the text leaves open infinite. */
  public record Span(double low, double high) {}

  /**
   * What a value at the end of a range path spans, or null when it states neither end. "ranging
   * from 155 down to 100" states the same span as "from 100 to 155".
   */
  public static Span span(Object value) {
    Double min;
    Double max;
    if (value instanceof Axis axis) {
      min = axis.min();
      max = axis.max();
    } else {
      // Another record with min and max (the schema allows any): read them off its JSON.
      JsonNode tree = TREE.valueToTree(value);
      min = tree.path("min").isNumber() ? tree.path("min").asDouble() : null;
      max = tree.path("max").isNumber() ? tree.path("max").asDouble() : null;
    }
    if (min == null && max == null) {
      return null;
    }
    double lo = min != null ? min : Double.NEGATIVE_INFINITY;
    double hi = max != null ? max : Double.POSITIVE_INFINITY;
    return new Span(Math.min(lo, hi), Math.max(lo, hi));
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
      Function<Object, Object> read = accessor(component);
      boolean list = List.class.isAssignableFrom(component.getType());
      boolean each = m.group(2) != null;
      if (list != each) {
        throw new IllegalArgumentException(
            list
                ? m.group(1) + " is a list: write " + m.group(1) + "[]"
                : m.group(1) + " is not a list");
      }
      type = list ? elementType(component.getGenericType()) : component.getType();
      Function<Object, Object> readKey =
          m.group(3) == null ? null : accessor(component(type, m.group(3)));
      segments.add(new Segment(m.group(1), each, m.group(3), m.group(4), read, readKey));
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

  /**
   * The component's accessor as a Function: a generated class the JIT inlines like a direct call,
   * where invoking a MethodHandle held in a field is not (it was slower than the JSON tree).
   */
  @SuppressWarnings("unchecked")
  private static Function<Object, Object> accessor(RecordComponent component) {
    try {
      MethodHandles.Lookup lookup =
          MethodHandles.privateLookupIn(component.getDeclaringRecord(), MethodHandles.lookup());
      MethodHandle getter = lookup.unreflect(component.getAccessor());
      return (Function<Object, Object>)
          LambdaMetafactory.metafactory(
                  lookup,
                  "apply",
                  MethodType.methodType(Function.class),
                  MethodType.methodType(Object.class, Object.class),
                  getter,
                  MethodType.methodType(
                      getter.type().returnType().isPrimitive()
                          ? getter.type().wrap().returnType()
                          : getter.type().returnType(),
                      component.getDeclaringRecord()))
              .getTarget()
              .invokeExact();
    } catch (Throwable e) {
      throw new IllegalArgumentException(component.getName() + " is not readable", e);
    }
  }

  private record Segment(
      String name,
      boolean each,
      String key,
      String value,
      Function<Object, Object> read,
      Function<Object, Object> readKey) {
    void stepRecord(Object record, List<Object> out) {
      Object child = read.apply(record);
      if (child == null) {
        return;
      }
      if (!each) {
        out.add(child);
        return;
      }
      for (Object element : (List<?>) child) {
        if (key == null || matchesValue(readKey.apply(element))) {
          out.add(element);
        }
      }
    }

    private boolean matchesValue(Object field) {
      return field != null
          && !(field instanceof Record)
          && !(field instanceof List)
          && text(field).toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT));
    }
  }
}
