package dev.rawlab.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Parent;

/**
 * The looks of the window: light, dark, and the projector theme (light with heavy type and strong
 * edges, for a washed-out classroom projector). Each is an AtlantaFX theme (its binary stylesheet,
 * which loads faster than the text one) plus the program's own stylesheet and a style class on the
 * window. The picture of the store stays a light whiteboard in every theme, so its
 * colour-blind-safe colours read the same everywhere.
 */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheetBSS(), null),
    DARK(new PrimerDark().getUserAgentStylesheetBSS(), "theme-dark"),
    PROJECTOR(new PrimerLight().getUserAgentStylesheetBSS(), "projector");

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

    /**
     * Dresses {@code window} (the window's root) in this theme, taking off any other. The AtlantaFX
     * stylesheet becomes the program's user-agent stylesheet, so that menus, tooltips and dialogs
     * wear the theme too, and JavaFX's own default (Modena) is never loaded beside it; the
     * program's stylesheet and the theme's style class go on the window.
     */
    public void applyTo(Parent window) {
        makeDefault();
        var css = Theme.class.getResource(STYLESHEET);
        window.getStylesheets().setAll(css == null ? List.of() : List.of(css.toExternalForm()));
        for (Theme other : values()) {
            if (other.styleClass != null) {
                window.getStyleClass().remove(other.styleClass);
            }
        }
        if (styleClass != null) {
            window.getStyleClass().add(styleClass);
        }
    }

    /**
     * Makes this theme's AtlantaFX stylesheet the program's user-agent stylesheet. Called before
     * the first control is made, it spares loading Modena, which nothing would use.
     */
    public void makeDefault() {
        if (!base.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(base);
        }
    }

    /**
     * The theme whose stylesheet is the program's default now (light when none is), so that a new
     * window starts in it and does not switch stylesheets twice at start.
     */
    public static Theme current() {
        for (Theme theme : values()) {
            if (theme.base.equals(Application.getUserAgentStylesheet())) {
                return theme;
            }
        }
        return LIGHT;
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
