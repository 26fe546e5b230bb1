package dev.rawlab.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A sentence waiting to be written: a key in {@code dev/rawlab/i18n/messages.properties} and the
 * arguments for its {@link java.text.MessageFormat} pattern. The model hands these out instead of
 * strings, so every word a person reads lives in a resource bundle.
 */
public record Text(String key, List<Object> args) {

    /** The bundle every model sentence is looked up in. */
    public static final String BUNDLE = "dev.rawlab.i18n.messages";

    public Text {
        args = List.copyOf(args);
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    /** The sentence in the default locale. */
    public String format() {
        return format(Locale.getDefault());
    }

    /** The sentence in {@code locale}; arguments that are themselves {@link Text} are formatted first. */
    public String format(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for key '" + key + "' in " + BUNDLE, e);
        }
        Object[] formatted = args.stream().map(arg -> arg instanceof Text text ? text.format(locale) : arg).toArray();
        java.text.MessageFormat format = new java.text.MessageFormat(pattern, locale);
        return format.format(formatted);
    }

    @Override
    public String toString() {
        return key + args;
    }
}
