package dev.rawlab.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.scene.Parent;

/**
 * The looks of the window: light, dark, and the projector theme (light with heavy type and strong
 * edges, for a washed-out classroom projector). Each is an AtlantaFX theme plus the program's own
 * stylesheet and a style class on the window. The picture of the store stays a light whiteboard
 * in every theme, so its colour-blind-safe colours read the same everywhere.
 */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheet(), null),
    DARK(new PrimerDark().getUserAgentStylesheet(), "theme-dark"),
    PROJECTOR(new PrimerLight().getUserAgentStylesheet(), "projector");

    /** The program's own stylesheet on the classpath, copied there from {@code assets/styles/app.css}. */
    public static final String STYLESHEET = "/assets/styles/app.css";

    private final String base;
    private final String styleClass;

    Theme(String base, String styleClass) {
        this.base = base;
        this.styleClass = styleClass;
    }

    /** The bundle key of the theme's name in the menu. */
    public String textKey() {
        return "theme." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Dresses {@code window} (the window's root) in this theme, taking off any other. */
    public void applyTo(Parent window) {
        var css = Theme.class.getResource(STYLESHEET);
        window.getStylesheets().setAll(css == null ? List.of(base) : List.of(base, css.toExternalForm()));
        for (Theme other : values()) {
            if (other.styleClass != null) {
                window.getStyleClass().remove(other.styleClass);
            }
        }
        if (styleClass != null) {
            window.getStyleClass().add(styleClass);
        }
    }

    /** The theme named {@code name}, or light. */
    public static Theme named(String name) {
        for (Theme theme : values()) {
            if (theme.name().equals(name)) {
                return theme;
            }
        }
        return LIGHT;
    }
}
