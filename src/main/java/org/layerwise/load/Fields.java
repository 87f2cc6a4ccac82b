package org.layerwise.load;

import org.layerwise.markdown.MarkdownContext;
import org.layerwise.markdown.BodyRenderer;
import org.layerwise.model.Body;
import org.layerwise.model.Suggestion;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Typed reading of one YAML mapping. Every getter reports what is wrong with its key (missing,
 * wrong type, out of range, not an allowed value) at the key's line and returns a harmless
 * placeholder, so that one pass finds every problem in a file.
 */
final class Fields {

    /** What YAML reads plain scalars such as {@code 42}, {@code 1.5}, {@code true} or {@code 2026-01-01} as. */
    private static final Set<Tag> STRICTLY_NOT_TEXT = Set.of(Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.TIMESTAMP);

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final YamlDocument document;
    private final Node node;
    private final String path;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    /**
     * Reads {@code node} as a mapping allowed to hold only {@code allowedKeys}; anything else is
     * reported, with the nearest allowed key when it looks like a typo.
     */
    Fields(YamlDocument document, Node node, String path, Set<String> allowedKeys) {
        this.document = document;
        this.node = node;
        this.path = path;
        document.remember(path, node);
        if (!(node instanceof MappingNode mapping)) {
            document.report(node, describe(path) + " must be a mapping of keys to values");
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                document.report(tuple.getKeyNode(), "keys must be plain words");
                continue;
            }
            String key = keyNode.getValue();
            if (!allowedKeys.contains(key)) {
                document.report(keyNode, "unknown key '" + key + "'" + OtherToolsKeys.hint(key, allowedKeys)
                        .map(hint -> ": " + hint).orElseGet(() -> Suggestion.didYouMean(key, allowedKeys)
                                + "; allowed keys: " + allowedKeys.stream().sorted().collect(Collectors.joining(", "))));
            } else if (entries.containsKey(key)) {
                document.report(keyNode, "duplicate key '" + key + "'");
            } else {
                entries.put(key, tuple);
                document.remember(child(key), keyNode);
            }
        }
    }

    /** The path of a key below this mapping, as used in {@link org.layerwise.model.Origin}. */
    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return entries.containsKey(key) && !isNull(entries.get(key).getValueNode());
    }

    /** A required, non-blank scalar, as text. */
    String text(String key) {
        return optionalText(key).orElseGet(() -> {
            if (!entries.containsKey(key)) {
                missing(key);
            }
            return "";
        });
    }

    Optional<String> optionalText(String key) {
        Node value = valueOf(key);
        if (value == null) {
            return Optional.empty();
        }
        return isText(value, key) ? scalarText(value, child(key)) : Optional.empty();
    }

    /**
     * Whether a scalar is a YAML string, as every text field must be: {@code title: 42} or
     * {@code title: true} is read as a number or a truth value, so it is reported (lists and
     * mappings are reported by {@link #scalarText}).
     */
    private boolean isText(Node value, String key) {
        if (value instanceof ScalarNode && STRICTLY_NOT_TEXT.contains(value.getTag())) {
            document.report(value, key + " must be text; put it in quotes");
            return false;
        }
        return true;
    }

    /** A required whole number in {@code [min, max]}. */
    int integer(String key, int min, int max) {
        Node value = valueOf(key);
        if (value == null) {
            if (!entries.containsKey(key)) {
                missing(key);
            }
            return min;
        }
        if (!(value instanceof ScalarNode scalar) || !Tag.INT.equals(value.getTag())) {
            document.report(value, key + " must be a whole number" + rangeHint(min, max) + ", not " + shown(value));
            return min;
        }
        int number;
        try {
            number = Integer.parseInt(scalar.getValue().replace("_", ""));
        } catch (NumberFormatException e) {
            document.report(value, key + " must be a whole number" + rangeHint(min, max) + ", not " + shown(value));
            return min;
        }
        if (number < min || number > max) {
            document.report(value, key + " must be" + rangeHint(min, max) + ", not " + number);
        }
        return number;
    }

    Optional<Boolean> optionalFlag(String key) {
        Node value = valueOf(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof ScalarNode scalar) || !Tag.BOOL.equals(value.getTag())) {
            document.report(value, key + " must be true or false, not " + shown(value));
            return Optional.empty();
        }
        return Optional.of(Boolean.parseBoolean(scalar.getValue().toLowerCase(Locale.ROOT)));
    }

    /** A required value from a fixed list, written in lowercase with hyphens ({@code as-needed}). */
    <E extends Enum<E>> E choice(String key, Class<E> type, E placeholder) {
        return optionalChoice(key, type).orElseGet(() -> {
            if (!entries.containsKey(key)) {
                missing(key);
            }
            return placeholder;
        });
    }

    <E extends Enum<E>> Optional<E> optionalChoice(String key, Class<E> type) {
        Node value = valueOf(key);
        return value == null ? Optional.empty() : choiceOf(value, key, type);
    }

    /** A list of values from a fixed set; a list is required even for one value. */
    <E extends Enum<E>> List<E> choices(String key, Class<E> type) {
        List<E> chosen = new ArrayList<>();
        List<Node> items = sequence(key);
        for (Node item : items) {
            choiceOf(item, key, type).ifPresent(e -> {
                if (chosen.contains(e)) {
                    document.report(item, key + " lists '" + wordOf(e) + "' twice");
                } else {
                    chosen.add(e);
                }
            });
        }
        return chosen;
    }

    /** A list of non-blank scalars; absent means empty. */
    List<String> texts(String key) {
        List<String> values = new ArrayList<>();
        List<Node> items = sequence(key);
        for (int i = 0; i < items.size(); i++) {
            if (isText(items.get(i), key + " entry")) {
                scalarText(items.get(i), child(key) + "." + i).ifPresent(values::add);
            }
        }
        return values;
    }

    /** A list of texts each matching {@code pattern}, described as {@code shape} in messages. */
    List<String> words(String key, Pattern pattern, String shape) {
        List<String> values = new ArrayList<>();
        List<Node> items = sequence(key);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            scalarText(item, child(key) + "." + i).ifPresent(word -> {
                if (!pattern.matcher(word).matches()) {
                    document.report(item, key + " entry '" + word + "' must be " + shape);
                } else if (values.contains(word)) {
                    document.report(item, key + " lists '" + word + "' twice");
                } else {
                    values.add(word);
                }
            });
        }
        return values;
    }

    /**
     * A Markdown value rendered; problems in it are reported at their
     * own lines. Block scalars ({@code |} and {@code >}) start on the line after the key.
     */
    Body markdown(String key, BodyRenderer renderer) {
        Node value = valueOf(key);
        if (value == null) {
            return Body.EMPTY;
        }
        Optional<String> text = isText(value, key) ? scalarText(value, child(key)) : Optional.empty();
        if (text.isEmpty()) {
            return Body.EMPTY;
        }
        boolean block = ((ScalarNode) value).getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
                || ((ScalarNode) value).getScalarStyle() == DumperOptions.ScalarStyle.FOLDED;
        int firstLine = document.lineOf(value) + (block ? 1 : 0);
        return renderer.render(((ScalarNode) value).getValue(),
                new MarkdownContext(document.file(), firstLine), document.problems());
    }

    /** A required Markdown value. */
    Body requiredMarkdown(String key, BodyRenderer renderer) {
        if (!entries.containsKey(key)) {
            missing(key);
        }
        return markdown(key, renderer);
    }

    /** A calendar date written YYYY-MM-DD. */
    Optional<LocalDate> date(String key) {
        Node value = valueOf(key);
        if (value == null) {
            return Optional.empty();
        }
        Optional<String> text = scalarText(value, child(key));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String written = text.get();
        if (!ISO_DATE.matcher(written).matches()) {
            document.report(value, key + " \"" + written + "\" is not YYYY-MM-DD");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(written));
        } catch (DateTimeParseException e) {
            document.report(value, key + " \"" + written + "\" is YYYY-MM-DD but not a real day: " + whyNoDay(written));
            return Optional.empty();
        }
    }

    /** Why a YYYY-MM-DD text names no day: "there is no month 13", "February 2026 has 28 days". */
    private static String whyNoDay(String written) {
        int year = Integer.parseInt(written.substring(0, 4));
        int month = Integer.parseInt(written.substring(5, 7));
        if (month < 1 || month > 12) {
            return "there is no month " + month;
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        return yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has "
                + yearMonth.lengthOfMonth() + " days";
    }

    /** A required date. */
    LocalDate requiredDate(String key, LocalDate placeholder) {
        if (!entries.containsKey(key)) {
            missing(key);
            return placeholder;
        }
        return date(key).orElse(placeholder);
    }

    /** A list of mappings, each read by {@code reader} with its own {@link Fields}. */
    <T> List<T> mappings(String key, Set<String> allowedKeys, Function<Fields, T> reader) {
        List<T> values = new ArrayList<>();
        List<Node> items = sequence(key);
        for (int i = 0; i < items.size(); i++) {
            values.add(reader.apply(new Fields(document, items.get(i), child(key) + "." + i, allowedKeys)));
        }
        return values;
    }

    /** A nested mapping read with its own {@link Fields}; empty when the key is absent. */
    Optional<Fields> mapping(String key, Set<String> allowedKeys) {
        Node value = valueOf(key);
        return value == null ? Optional.empty() : Optional.of(new Fields(document, value, child(key), allowedKeys));
    }

    /** The keys present in this mapping, in file order. */
    List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    /** The raw items of a list value; reports a non-list. Absent means empty. */
    List<Node> sequence(String key) {
        Node value = valueOf(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            document.report(value, key + " must be a list, e.g. " + key + ": [a, b]");
            return List.of();
        }
        for (int i = 0; i < sequence.getValue().size(); i++) {
            document.remember(child(key) + "." + i, sequence.getValue().get(i));
        }
        return sequence.getValue();
    }

    /** Reports a problem with a key's value, at the value (or at this mapping when the key is absent). */
    void report(String key, String message) {
        NodeTuple tuple = entries.get(key);
        document.report(tuple != null ? tuple.getValueNode() : node, message);
    }

    /** Reports a problem with item {@code index} of a list value. */
    void reportItem(String key, int index, String message) {
        List<Node> items = entries.containsKey(key) && entries.get(key).getValueNode() instanceof SequenceNode s
                ? s.getValue() : List.of();
        document.report(index < items.size() ? items.get(index) : node, message);
    }

    /** Reports a required key that is absent, at the start of this mapping. */
    void missing(String key) {
        if (document.scaffold() && entries.containsKey(key)) {
            document.report(entries.get(key).getKeyNode(), fillIn(key));
            return;
        }
        document.report(node, "missing required key '" + key + "'" + (path.isEmpty() ? "" : " in " + path));
    }

    /** Whether {@code key} is written with no value in a scaffold of {@code layerwise new}, left to fill in. */
    boolean leftEmptyByScaffold(String key) {
        return document.scaffold() && entries.containsKey(key) && isNull(entries.get(key).getValueNode());
    }

    /** The message for a value a scaffold left empty. */
    private String fillIn(String key) {
        return "fill in '" + child(key) + "' (the scaffold left it empty; the comment above it says what goes there)";
    }

    YamlDocument document() {
        return document;
    }

    Optional<String> scalarText(Node value, String where) {
        if (!(value instanceof ScalarNode scalar) || isNull(value)) {
            document.report(value, describe(where) + " must be a single value, not " + shown(value));
            return Optional.empty();
        }
        String text = scalar.getValue().strip();
        if (text.isEmpty()) {
            document.report(value, describe(where) + " must not be empty");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    static String wordOf(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private <E extends Enum<E>> Optional<E> choiceOf(Node value, String key, Class<E> type) {
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Fields::wordOf).toList();
        Optional<String> text = scalarText(value, key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int index = allowed.indexOf(text.get().toLowerCase(Locale.ROOT));
        if (index < 0) {
            document.report(value, key + " '" + text.get() + "' is not one of: " + String.join(", ", allowed)
                    + Suggestion.didYouMean(text.get(), allowed));
            return Optional.empty();
        }
        return Optional.of(type.getEnumConstants()[index]);
    }

    private Node valueOf(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return null;
        }
        Node value = tuple.getValueNode();
        if (isNull(value)) {
            document.report(tuple.getKeyNode(), document.scaffold() ? fillIn(key) : key + " has no value");
            return null;
        }
        return value;
    }

    private static boolean isNull(Node value) {
        return Tag.NULL.equals(value.getTag());
    }

    private static String describe(String where) {
        return where.isEmpty() ? "the file" : where;
    }

    private static String rangeHint(int min, int max) {
        if (min == Integer.MIN_VALUE && max == Integer.MAX_VALUE) {
            return "";
        }
        if (max == Integer.MAX_VALUE) {
            return " of at least " + min;
        }
        return " from " + min + " to " + max;
    }

    private static String shown(Node value) {
        if (value instanceof ScalarNode scalar) {
            return "'" + scalar.getValue() + "'";
        }
        return value instanceof SequenceNode ? "a list" : "a mapping";
    }
}
