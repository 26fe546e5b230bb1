package dev.rawlab.scenario;

import com.fasterxml.jackson.core.JsonToken;
import dev.rawlab.i18n.Text;
import java.util.Collection;
import java.util.Map;

/** The kinds of JSON value in words people read: what a field wanted and what the file had instead. */
final class JsonWords {

    private JsonWords() {
    }

    /** What the field wanted, in words. */
    static Text expected(Class<?> type) {
        if (type == null) {
            return Text.of("scenario.type.value");
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return Text.of("scenario.type.integer");
        }
        if (type == Double.class || type == double.class) {
            return Text.of("scenario.type.number");
        }
        if (type == String.class) {
            return Text.of("scenario.type.text");
        }
        if (type == Boolean.class || type == boolean.class) {
            return Text.of("scenario.type.boolean");
        }
        if (Collection.class.isAssignableFrom(type)) {
            return Text.of("scenario.type.list");
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return Text.of("scenario.type.object");
        }
        return Text.of("scenario.type.value");
    }

    /** What the file had instead, in words. */
    static Text found(JsonToken token) {
        if (token == null) {
            return Text.of("scenario.type.nothing");
        }
        return switch (token) {
            case VALUE_STRING -> Text.of("scenario.type.text");
            case VALUE_NUMBER_INT -> Text.of("scenario.type.integer");
            case VALUE_NUMBER_FLOAT -> Text.of("scenario.type.fraction");
            case VALUE_TRUE, VALUE_FALSE -> Text.of("scenario.type.boolean");
            case START_ARRAY, END_ARRAY -> Text.of("scenario.type.list");
            case START_OBJECT, END_OBJECT, FIELD_NAME -> Text.of("scenario.type.object");
            case VALUE_NULL -> Text.of("scenario.type.null");
            default -> Text.of("scenario.type.value");
        };
    }
}
