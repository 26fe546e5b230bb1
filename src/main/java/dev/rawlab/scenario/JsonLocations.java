package dev.rawlab.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a JSON text starts, by path: {@code topology}, {@code strategy.retry.attempts},
 * {@code actions[3].node}, {@code lags.B}; the whole document is the empty path. Built by walking the
 * token stream once, so that problems found after parsing can still name a line and a column. The
 * same walk notes explicit nulls, field names written twice, and text after the first value. A
 * text that stops being valid JSON part-way keeps the locations read up to that point.
 */
public final class JsonLocations {

    /** A place in a text: line and column, both counted from 1. */
    public record Position(int line, int column) {
        /** The start of the text, used when nothing better is known. */
        public static final Position START = new Position(1, 1);
    }

    private final Map<String, Position> byPath;
    private final Map<String, Position> repeatedKeys;
    private final List<String> nulls;
    private final boolean trailing;

    private JsonLocations(Map<String, Position> byPath, Map<String, Position> repeatedKeys, List<String> nulls,
                          boolean trailing) {
        this.byPath = byPath;
        this.repeatedKeys = repeatedKeys;
        this.nulls = List.copyOf(nulls);
        this.trailing = trailing;
    }

    /** Walks {@code json} once and records where every value starts. */
    public static JsonLocations of(String json) {
        Walk walk = new Walk();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            walk.trailing = walk.run(parser);
        } catch (IOException e) {
            // Not valid JSON from here on: keep what was read; the parse itself reports the error.
            walk.trailing = walk.rootClosed;
        }
        return new JsonLocations(walk.values, walk.repeatedKeys, walk.nulls, walk.trailing);
    }

    /** An object or array being read: its own path and, for an array, the index of the last element. */
    private static final class Frame {
        final String path;
        final boolean array;
        int lastIndex = -1;

        Frame(String path, boolean array) {
            this.path = path;
            this.array = array;
        }
    }

    /** One pass over the tokens and what it found. */
    private static final class Walk {
        final Map<String, Position> values = new HashMap<>();
        final Map<String, Position> keys = new HashMap<>();
        final Map<String, Position> repeatedKeys = new HashMap<>();
        final List<String> nulls = new ArrayList<>();
        boolean rootClosed;
        boolean trailing;

        /** Records every value's position; returns whether anything follows the first complete value. */
        boolean run(JsonParser parser) throws IOException {
            Deque<Frame> open = new ArrayDeque<>();
            String path = "";
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (rootClosed) {
                    return true;
                }
                if (token == JsonToken.FIELD_NAME) {
                    path = child(open.peek().path, parser.currentName());
                    Position key = position(parser.currentTokenLocation());
                    if (keys.putIfAbsent(path, key) != null) {
                        repeatedKeys.putIfAbsent(path, key);
                    }
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    open.pop();
                    rootClosed = open.isEmpty();
                    continue;
                }
                Frame container = open.peek();
                if (container != null && container.array) {
                    container.lastIndex++;
                    path = container.path + "[" + container.lastIndex + "]";
                }
                values.putIfAbsent(path, position(parser.currentTokenLocation()));
                if (token == JsonToken.VALUE_NULL) {
                    nulls.add(path);
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    open.push(new Frame(path, token == JsonToken.START_ARRAY));
                } else {
                    rootClosed = open.isEmpty();
                }
            }
            return false;
        }
    }

    private static String child(String parent, String name) {
        return parent == null || parent.isEmpty() ? name : parent + "." + name;
    }

    private static Position position(JsonLocation location) {
        return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    /** Where the value at {@code path} starts; if it is absent, where its nearest present parent starts. */
    public Position find(String path) {
        String current = path;
        while (true) {
            Position position = byPath.get(current);
            if (position != null) {
                return position;
            }
            if (current.isEmpty()) {
                return Position.START;
            }
            current = parent(current);
        }
    }

    /** The paths of every explicit {@code null}, in the order they appear. */
    public List<String> nulls() {
        return nulls;
    }

    /** Where the field name at {@code path} is written a second time in the same object, if it is. */
    public Optional<Position> repeatedKey(String path) {
        return Optional.ofNullable(repeatedKeys.get(path));
    }

    /** Whether something other than white space follows the first complete JSON value. */
    public boolean trailing() {
        return trailing;
    }

    /** Whether the text holds a value at exactly {@code path}. */
    public boolean has(String path) {
        return byPath.containsKey(path);
    }

    /** {@code actions[3].node} to {@code actions[3]} to {@code actions} to the empty path. */
    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
