package dev.rawlab.ui;

import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * The View menu: the theme (light, dark, projector), presenter mode, the frame-time figures and the
 * keyboard help. Each item is tied to the same property as its button or key, so they always agree.
 */
final class ViewMenu {

    private final Menu menu;

    ViewMenu(ResourceBundle texts, ObjectProperty<Theme> theme, BooleanProperty presenting, BooleanProperty frameTimes,
             Runnable help) {
        menu = new Menu(texts.getString("menu.view"));
        menu.setId("menu-view");
        Menu themes = new Menu(texts.getString("menu.theme"));
        ToggleGroup group = new ToggleGroup();
        for (Theme each : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(texts.getString(each.textKey()));
            item.setId("menu-theme-" + each.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(theme.get() == each);
            item.setOnAction(event -> theme.set(each));
            theme.addListener((obs, old, now) -> item.setSelected(now == each));
            themes.getItems().add(item);
        }
        CheckMenuItem presenter = new CheckMenuItem(texts.getString("menu.presenter"));
        presenter.setId("menu-presenter");
        presenter.selectedProperty().bindBidirectional(presenting);
        CheckMenuItem frames = new CheckMenuItem(texts.getString("menu.frameTimes"));
        frames.setId("menu-frame-times");
        frames.selectedProperty().bindBidirectional(frameTimes);
        MenuItem keys = new MenuItem(texts.getString("menu.keys"));
        keys.setId("menu-keys");
        keys.setOnAction(event -> help.run());
        menu.getItems().addAll(themes, new SeparatorMenuItem(), presenter, frames, new SeparatorMenuItem(), keys);
    }

    Menu menu() {
        return menu;
    }
}
