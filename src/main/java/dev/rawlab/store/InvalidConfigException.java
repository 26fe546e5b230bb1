package dev.rawlab.store;

import dev.rawlab.i18n.Text;
import java.util.List;

/** A store cannot be built from this config: its starting strategy breaks the rules of its topology. */
public final class InvalidConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<Text> problems;

    public InvalidConfigException(List<Text> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<Text> problems() {
        return problems;
    }
}
