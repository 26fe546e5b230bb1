package dev.rawlab.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the control that has the keyboard focus in sight: when Tab moves the focus to a control
 * below the fold of a scrolling panel (the controls on the right, the lesson on the left), the
 * panel scrolls just enough to show it, with its focus ring. A ScrollPane does not do this itself.
 */
final class FocusInView {

    /** Room left between the focused control and the panel's edge, in px, so its focus ring shows. */
    static final double MARGIN_PX = 12;

    private FocusInView() {
    }

    /** Follows the focus in {@code scene} from now on. */
    static void install(Scene scene) {
        scene.focusOwnerProperty().addListener((obs, old, focused) -> {
            if (focused != null) {
                show(focused);
            }
        });
    }

    /** Scrolls every scrolling panel around {@code node}, innermost first, until it is in sight. */
    static void show(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
                scrollTo(scroll, node);
            }
        }
    }

    private static void scrollTo(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Bounds shown = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewportHeight = scroll.getViewportBounds().getHeight();
        double spare = contentHeight - viewportHeight;
        if (shown == null || spare <= 0) {
            return;
        }
        double top = (scroll.getVvalue() - scroll.getVmin()) / (scroll.getVmax() - scroll.getVmin()) * spare;
        double wantedTop = top;
        if (shown.getMinY() - MARGIN_PX < top) {
            wantedTop = shown.getMinY() - MARGIN_PX;
        } else if (shown.getMaxY() + MARGIN_PX > top + viewportHeight) {
            wantedTop = Math.min(shown.getMinY() - MARGIN_PX, shown.getMaxY() + MARGIN_PX - viewportHeight);
        }
        double fraction = Math.max(0, Math.min(1, wantedTop / spare));
        scroll.setVvalue(scroll.getVmin() + fraction * (scroll.getVmax() - scroll.getVmin()));
    }
}
