package dev.rawlab.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.rawlab.i18n.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Reads a scenario file's text into a {@link ScenarioFile} with the strict mapper, and turns the
 * first thing Jackson refuses (bad syntax, a repeated key, an unknown field, a wrong type, text
 * after the end) into a {@link ScenarioProblem} with its line, column and field path. Lesson files
 * are read the same way into their own type.
 */
public final class ScenarioReader {

    /** The sentence keys that name the kind of document: an empty file, and text after its end. */
    public record DocumentWords(String emptyKey, String trailingKey) {
        static final DocumentWords SCENARIO = new DocumentWords("scenario.json.notAnObject", "scenario.json.trailing");
    }

    private ScenarioReader() {
    }

    /** The file as written, or null after recording why it cannot be read. */
    static ScenarioFile read(String text, JsonLocations locations, ProblemList problems) {
        return read(text, ScenarioFile.class, DocumentWords.SCENARIO, locations, problems);
    }

    /** The text read strictly as a {@code type}, or null after recording why it cannot be read. */
    public static <T> T read(String text, Class<T> type, DocumentWords words, JsonLocations locations,
                             ProblemList problems) {
        try {
            T file = StrictJson.mapper().readValue(text, type);
            if (file == null) {
                problems.add("", Text.of(words.emptyKey()));
                return null;
            }
            for (String path : locations.nulls()) {
                problems.add(path, Text.of("scenario.json.null"));
            }
            return problems.isEmpty() ? file : null;
        } catch (UnrecognizedPropertyException e) {
            String path = path(e);
            problems.add(path, Text.of("scenario.json.unknownField", e.getPropertyName(), known(e.getKnownPropertyIds())));
        } catch (MismatchedInputException e) {
            mismatch(e, words, locations, problems);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof JsonProcessingException cause) {
                syntax(cause, words, locations, problems);
            } else {
                problems.add(path(e), Text.of("scenario.json.unreadable", e.getOriginalMessage()));
            }
        } catch (JsonProcessingException e) {
            syntax(e, words, locations, problems);
        }
        return null;
    }

    private static void mismatch(MismatchedInputException e, DocumentWords words, JsonLocations locations,
                                 ProblemList problems) {
        String path = path(e);
        JsonToken found = e.getProcessor() instanceof JsonParser parser ? parser.currentToken() : null;
        if (e.getOriginalMessage().startsWith("Trailing token")) {
            problems.addAt("", line(e), column(e), Text.of(words.trailingKey()));
        } else if (locations.has(path)) {
            problems.add(path, Text.of("scenario.json.wrongType", JsonWords.expected(e.getTargetType()), JsonWords.found(found)));
        } else {
            problems.addAt(path, line(e), column(e), Text.of("scenario.json.wrongType", JsonWords.expected(e.getTargetType()), JsonWords.found(found)));
        }
    }

    private static void syntax(JsonProcessingException e, DocumentWords words, JsonLocations locations,
                               ProblemList problems) {
        JsonStreamContext context = e.getProcessor() instanceof JsonParser parser ? parser.getParsingContext() : null;
        String message = e.getOriginalMessage();
        if (message.startsWith("Duplicate") && context != null) {
            String path = contextPath(context);
            JsonLocations.Position at = locations.repeatedKey(path)
                    .orElse(new JsonLocations.Position(line(e), column(e)));
            problems.addAt(path, at.line(), at.column(), Text.of("scenario.json.duplicate", context.getCurrentName()));
            return;
        }
        // The object or array the error is in: the parser's current field there may be the one before.
        String container = context == null ? "" : contextPath(context.getParent());
        Text sentence;
        if (locations.trailing()) {
            sentence = Text.of(words.trailingKey());
            container = "";
        } else if (e instanceof JsonEOFException) {
            sentence = Text.of("scenario.json.endTooSoon");
        } else if (message.contains("expecting comma")) {
            sentence = Text.of("scenario.json.missingComma");
        } else if (message.contains("double-quote to start field name")) {
            sentence = Text.of("scenario.json.fieldNameQuotes");
        } else if (message.startsWith("Unrecognized token")) {
            sentence = Text.of("scenario.json.unknownWord");
        } else {
            sentence = Text.of("scenario.json.syntax", detail(message));
        }
        problems.addAt(container, line(e), column(e), sentence);
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 1 : e.getLocation().getLineNr();
    }

    private static int column(JsonProcessingException e) {
        return e.getLocation() == null ? 1 : e.getLocation().getColumnNr();
    }

    /** {@code actions[3].node} from the chain of references Jackson keeps. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The same path from the parser's own context, for syntax errors that happen before mapping. */
    private static String contextPath(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                parts.add(0, "[" + Math.max(0, at.getCurrentIndex()) + "]");
            } else if (at.getCurrentName() != null) {
                parts.add(0, "." + at.getCurrentName());
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }

    /** The parser's own words, cut before where it repeats the location or the source. */
    private static String detail(String message) {
        String detail = message;
        for (String cut : new String[] {"\n", " (for ", " at [Source"}) {
            int end = detail.indexOf(cut);
            detail = end < 0 ? detail : detail.substring(0, end);
        }
        return detail;
    }

    private static String known(Collection<Object> ids) {
        TreeSet<String> names = new TreeSet<>();
        if (ids != null) {
            ids.forEach(id -> names.add(String.valueOf(id)));
        }
        return String.join(", ", names);
    }
}
