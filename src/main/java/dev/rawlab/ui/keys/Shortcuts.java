package dev.rawlab.ui.keys;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import atlantafx.base.controls.ToggleSwitch;

/**
 * The keyboard map of the window: turns key presses into the {@link Shortcut}s' actions, which the
 * window gives as plain runnables (usually "fire this button", so a key does exactly what the click
 * does). Keys that a focused control needs for itself (letters in a text field, arrows on a slider)
 * are left to it. Space plays and pauses everywhere but in text, so Enter fires a focused button.
 */
public final class Shortcuts {

    private final Map<Shortcut, Runnable> actions = new EnumMap<>(Shortcut.class);
    private IntConsumer preset = index -> {
    };

    /** What {@code shortcut} does; shortcuts without an action are ignored. */
    public Shortcuts on(Shortcut shortcut, Runnable action) {
        actions.put(shortcut, action);
        return this;
    }

    /** What the digit keys do: load preset number 0 to 8. */
    public Shortcuts onPreset(IntConsumer load) {
        this.preset = load;
        return this;
    }

    /** Starts listening to {@code scene}'s keys, before its controls see them. */
    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, pressed(scene));
        scene.addEventFilter(KeyEvent.KEY_TYPED, typed(scene));
    }

    private EventHandler<KeyEvent> pressed(Scene scene) {
        return event -> {
            if (event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
                return;
            }
            Node focus = scene.getFocusOwner();
            boolean typing = focus instanceof TextInputControl;
            Shortcut shortcut = switch (event.getCode()) {
                case SPACE -> typing ? null : Shortcut.PLAY;
                case RIGHT -> usesArrows(focus) ? null : Shortcut.STEP;
                case LEFT -> usesArrows(focus) ? null : Shortcut.STEP_BACK;
                case F5 -> Shortcut.PRESENTER;
                case F1 -> Shortcut.HELP;
                case F3 -> Shortcut.FRAME_TIMES;
                case ESCAPE -> Shortcut.LEAVE;
                default -> null;
            };
            if (shortcut == null && event.getCode() == KeyCode.ENTER && !typing && fireFocused(focus)) {
                event.consume();
                return;
            }
            if (shortcut != null && run(shortcut)) {
                event.consume();
            }
        };
    }

    private EventHandler<KeyEvent> typed(Scene scene) {
        return event -> {
            if (event.isControlDown() || event.isAltDown() || event.isMetaDown()
                    || scene.getFocusOwner() instanceof TextInputControl || event.getCharacter().length() != 1) {
                return;
            }
            char typed = event.getCharacter().charAt(0);
            if (typed >= '1' && typed <= '9') {
                preset.accept(typed - '1');
                event.consume();
                return;
            }
            Shortcut shortcut = switch (Character.toLowerCase(typed)) {
                case 'p' -> Shortcut.PUT;
                case 'g' -> Shortcut.GET;
                case 'l' -> Shortcut.LIST;
                case 'r' -> Shortcut.RESET;
                case '+', '=' -> Shortcut.FASTER;
                case '-' -> Shortcut.SLOWER;
                case '?' -> Shortcut.HELP;
                default -> null;
            };
            if (shortcut != null && run(shortcut)) {
                event.consume();
            }
        };
    }

    private boolean run(Shortcut shortcut) {
        Runnable action = actions.get(shortcut);
        if (action == null) {
            return false;
        }
        action.run();
        return true;
    }

    /** Controls that move with the arrow keys themselves. */
    private static boolean usesArrows(Node focus) {
        return focus instanceof Slider || focus instanceof TextInputControl || focus instanceof ComboBoxBase
                || focus instanceof Spinner || focus instanceof ListView || focus instanceof TabPane
                || (focus instanceof Toggle toggle && toggle.getToggleGroup() != null);
    }

    /** Enter presses the focused button or switch, since Space plays and pauses. */
    private static boolean fireFocused(Node focus) {
        if (focus instanceof ButtonBase button) {
            button.fire();
            return true;
        }
        if (focus instanceof ToggleSwitch toggle) {
            toggle.setSelected(!toggle.isSelected());
            return true;
        }
        return false;
    }
}
