package dev.rawlab.ui.canvas;

import dev.rawlab.sim.Micros;
import dev.rawlab.store.Message;
import dev.rawlab.store.QueueEntry;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.StoreSnapshot;
import dev.rawlab.store.StoredObject;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws one snapshot of the store onto a canvas: edges, replication queues as rows of boxes (the
 * oldest next to its replica, each filling up as its apply time nears), nodes with what they hold,
 * the load balancer with its last pick, users with their last answer, and every message in flight
 * at the point its send and arrive times put it. Text wider than its box (a long word in another
 * language) is squeezed to the box's width rather than spilling out. Reads the snapshot only;
 * never changes anything.
 */
public final class StoreRenderer {

    /** Above this many messages in flight, their labels are left out to keep frames fast. */
    static final int LABELLED_MESSAGES_LIMIT = 40;
    /** Above this many messages in flight, they are drawn as squares, which are cheaper than circles. */
    static final int ROUND_MESSAGES_LIMIT = 200;

    private final ResourceBundle texts;

    public StoreRenderer(ResourceBundle texts) {
        this.texts = texts;
    }

    /**
     * Draws {@code snapshot}; the messages of operation {@code selectedOperation} (or none, when
     * negative) are ringed and the others faded.
     */
    public void draw(GraphicsContext g, SceneLayout layout, StoreSnapshot snapshot, Map<String, AnswerBadge> badges,
                     long selectedOperation, Set<String> spotlight) {
        double font = layout.fontSize();
        g.setFill(Palette.BACKGROUND);
        g.fillRect(0, 0, layout.width(), layout.height());
        drawEdges(g, layout, snapshot);
        drawSpotlight(g, layout, spotlight, font);
        for (StoreSnapshot.NodeView node : snapshot.nodes()) {
            SceneLayout.Box queue = layout.queue(node.id());
            if (queue != null) {
                drawQueue(g, queue, node, snapshot.nowMicros(), font);
            }
        }
        for (StoreSnapshot.NodeView node : snapshot.nodes()) {
            drawNode(g, layout.end(node.id()), node, node.id().equals(snapshot.lastPick()), font);
        }
        drawHub(g, layout.end(StoreConfig.LOAD_BALANCER), text("canvas.loadBalancer"),
                snapshot.lastPick() == null ? "" : format("canvas.picked", snapshot.lastPick()), font);
        if (snapshot.cacheEnabled()) {
            drawHub(g, layout.end(StoreConfig.CACHE), text("canvas.cache"),
                    format("canvas.cacheEntries", snapshot.cache().size()), font);
        }
        for (StoreSnapshot.UserView user : snapshot.users()) {
            drawUser(g, layout.end(user.name()), user, badges.get(user.name()), font);
        }
        drawMessages(g, layout, snapshot, font, selectedOperation);
        g.setFill(Palette.INK);
        g.setFont(Font.font(null, FontWeight.BOLD, font));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(format("canvas.clock", Micros.formatMillis(snapshot.nowMicros())), font * 0.6, font * 0.5);
    }

    private void drawEdges(GraphicsContext g, SceneLayout layout, StoreSnapshot snapshot) {
        g.setStroke(Palette.EDGE);
        g.setLineWidth(Math.max(1.5, layout.fontSize() / 8));
        g.beginPath();
        SceneLayout.Box lb = layout.end(StoreConfig.LOAD_BALANCER);
        SceneLayout.Box front = snapshot.cacheEnabled() ? layout.end(StoreConfig.CACHE) : lb;
        for (StoreSnapshot.UserView user : snapshot.users()) {
            line(g, layout.end(user.name()), front);
        }
        if (front != lb) {
            line(g, front, lb);
        }
        for (Route wire : layout.wires()) {
            g.moveTo(wire.xs()[0], wire.ys()[0]);
            for (int i = 1; i < wire.xs().length; i++) {
                g.lineTo(wire.xs()[i], wire.ys()[i]);
            }
        }
        g.stroke();
    }

    private static void line(GraphicsContext g, SceneLayout.Box from, SceneLayout.Box to) {
        if (from != null && to != null) {
            g.moveTo(from.centerX(), from.centerY());
            g.lineTo(to.centerX(), to.centerY());
        }
    }

    /** A wide dashed ring round each end a lesson step points at (and its queue), under everything else. */
    private static void drawSpotlight(GraphicsContext g, SceneLayout layout, Set<String> spotlight, double font) {
        if (spotlight.isEmpty()) {
            return;
        }
        double pad = font * 0.45;
        g.setStroke(Palette.SPOTLIGHT);
        g.setFill(Palette.SPOTLIGHT.deriveColor(0, 1, 1, 0.10));
        g.setLineWidth(Math.max(3, font * 0.22));
        g.setLineDashes(font * 0.6, font * 0.35);
        for (String name : spotlight) {
            SceneLayout.Box box = layout.end(name);
            SceneLayout.Box queue = layout.queue(name);
            if (box == null) {
                continue;
            }
            double x = queue == null ? box.x() : Math.min(box.x(), queue.x());
            double y = queue == null ? box.y() : Math.min(box.y(), queue.y());
            double right = box.x() + box.width();
            double bottom = queue == null ? box.y() + box.height() : Math.max(box.y() + box.height(), queue.y() + queue.height());
            g.fillRoundRect(x - pad, y - pad, right - x + 2 * pad, bottom - y + 2 * pad, font, font);
            g.strokeRoundRect(x - pad, y - pad, right - x + 2 * pad, bottom - y + 2 * pad, font, font);
        }
        g.setLineDashes();
    }

    private void drawQueue(GraphicsContext g, SceneLayout.Box strip, StoreSnapshot.NodeView node, long now, double font) {
        g.setFill(Palette.BACKGROUND);
        g.fillRoundRect(strip.x(), strip.y(), strip.width(), strip.height(), 8, 8);
        g.setStroke(Palette.MUTED);
        g.setLineWidth(1);
        g.setLineDashes(4, 4);
        g.strokeRoundRect(strip.x(), strip.y(), strip.width(), strip.height(), 8, 8);
        g.setLineDashes();
        List<QueueEntry> entries = node.queue();
        double boxWidth = Math.min(font * 5.2, strip.width() / 3.2);
        double gap = font * 0.3;
        int fits = Math.max(1, (int) ((strip.width() - gap) / (boxWidth + gap)));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        if (entries.isEmpty()) {
            g.setFill(Palette.MUTED);
            g.setFont(Font.font(font * 0.72));
            g.fillText(text("canvas.queueEmpty"), strip.centerX(), strip.centerY(), strip.width() - font);
            return;
        }
        int shown = Math.min(entries.size(), entries.size() > fits ? fits - 1 : fits);
        for (int i = 0; i < shown; i++) {
            QueueEntry entry = entries.get(i);
            double x = strip.x() + strip.width() - gap - (i + 1) * (boxWidth + gap) + gap;
            double y = strip.y() + strip.height() * 0.12;
            double h = strip.height() * 0.76;
            g.setFill(entry.held() ? Palette.OFFLINE_FILL : Palette.QUEUE_FILL);
            g.fillRoundRect(x, y, boxWidth, h, 6, 6);
            if (!entry.held() && entry.applyMicros() > entry.enqueueMicros()) {
                double done = (now - entry.enqueueMicros()) / (double) (entry.applyMicros() - entry.enqueueMicros());
                g.setFill(Palette.OLD.deriveColor(0, 1, 1, 0.55));
                g.fillRect(x, y + h - h * 0.16, boxWidth * Math.max(0, Math.min(1, done)), h * 0.16);
            }
            g.setStroke(Palette.OLD);
            g.strokeRoundRect(x, y, boxWidth, h, 6, 6);
            g.setFill(Palette.INK);
            g.setFont(Font.font(font * 0.66));
            StoredObject object = entry.object();
            g.fillText(shorten(object.key(), (int) Math.max(3, boxWidth / (font * 0.38))), x + boxWidth / 2, y + h * 0.32);
            g.setFont(Font.font(null, FontWeight.BOLD, font * 0.7));
            String version = "v" + object.version() + (object.deleted() ? " \u2715" : "");
            g.fillText(entry.held() ? version + " " + text("canvas.held") : version, x + boxWidth / 2, y + h * 0.66);
        }
        if (entries.size() > shown) {
            g.setFill(Palette.MUTED);
            g.setFont(Font.font(font * 0.7));
            g.fillText(format("canvas.queueMore", entries.size() - shown), strip.x() + boxWidth / 2 + gap, strip.centerY(), boxWidth);
        }
    }

    private void drawNode(GraphicsContext g, SceneLayout.Box box, StoreSnapshot.NodeView node, boolean picked, double font) {
        if (box == null) {
            return;
        }
        boolean primary = node.id().equals(StoreConfig.PRIMARY);
        if (picked) {
            g.setFill(Palette.HIGHLIGHT);
            g.fillRoundRect(box.x() - font * 0.35, box.y() - font * 0.35, box.width() + font * 0.7, box.height() + font * 0.7, 16, 16);
        }
        g.setFill(!node.online() ? Palette.OFFLINE_FILL : primary ? Palette.PRIMARY_FILL : Palette.NODE_FILL);
        g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 12, 12);
        g.setStroke(primary ? Palette.REQUEST : Palette.INK);
        g.setLineWidth(primary ? 2.5 : 1.5);
        if (!node.online()) {
            g.setLineDashes(6, 4);
        }
        g.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), 12, 12);
        g.setLineDashes();
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setFill(Palette.INK);
        g.setFont(Font.font(null, FontWeight.BOLD, font * 0.9));
        String name = primary ? text("canvas.primary") : format("canvas.replica", node.id());
        double y = box.y() + font * 0.25;
        double inside = box.width() - font * 0.5;
        g.fillText(name, box.centerX(), y, inside);
        y += font * 1.05;
        g.setFont(Font.font(font * 0.68));
        g.setFill(Palette.MUTED);
        if (!node.online()) {
            g.setFill(Palette.NOT_FOUND);
            g.setFont(Font.font(null, FontWeight.BOLD, font * 0.72));
            g.fillText(text("canvas.offline"), box.centerX(), y, inside);
            y += font * 0.9;
        } else if (!primary && !node.queue().isEmpty()) {
            g.fillText(lagText(node.lag()), box.centerX(), y, inside);
            y += font * 0.85;
        }
        g.setFill(Palette.INK);
        g.setFont(Font.font(font * 0.68));
        int room = (int) Math.max(0, (box.y() + box.height() - y - font * 0.2) / (font * 0.8));
        List<StoredObject> objects = node.objects();
        for (int i = 0; i < Math.min(room, objects.size()); i++) {
            StoredObject object = objects.get(i);
            String line = (i == room - 1 && objects.size() > room)
                    ? format("canvas.moreObjects", objects.size() - room + 1)
                    : shorten(object.key(), 12) + " v" + object.version() + (object.deleted() ? " \u2715" : "");
            g.fillText(line, box.centerX(), y, inside);
            y += font * 0.8;
        }
    }

    private void drawHub(GraphicsContext g, SceneLayout.Box box, String title, String detail, double font) {
        g.setFill(Palette.NODE_FILL);
        g.fillOval(box.x(), box.y(), box.width(), box.height());
        g.setStroke(Palette.INK);
        g.setLineWidth(1.5);
        g.strokeOval(box.x(), box.y(), box.width(), box.height());
        g.setFill(Palette.INK);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font(null, FontWeight.BOLD, font * 0.72));
        // The widest line that stays inside the oval at that height.
        double inside = box.width() * 0.8;
        g.fillText(title, box.centerX(), box.centerY() - font * 0.42, inside);
        g.setFont(Font.font(font * 0.66));
        g.setFill(Palette.REQUEST);
        g.fillText(detail, box.centerX(), box.centerY() + font * 0.5, inside);
    }

    private void drawUser(GraphicsContext g, SceneLayout.Box box, StoreSnapshot.UserView user, AnswerBadge badge, double font) {
        if (box == null) {
            return;
        }
        g.setFill(Palette.NODE_FILL);
        g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 20, 20);
        g.setStroke(Palette.INK);
        g.setLineWidth(1.5);
        g.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), 20, 20);
        g.setFill(Palette.INK);
        Color colour = badge == null ? Palette.MUTED : switch (badge.icon()) {
            case TICK -> Palette.OK;
            case CROSS -> badge.status() == 503 ? Palette.UNAVAILABLE : Palette.NOT_FOUND;
            case WARNING -> Palette.OLD;
            case DOT -> Palette.MUTED;
        };
        if (box.height() < font * 3.6) {
            drawCompactUser(g, box, user, badge, colour, font);
            return;
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setFont(Font.font(null, FontWeight.BOLD, font * 0.85));
        double inside = box.width() - font * 0.5;
        g.fillText(user.name(), box.centerX(), box.y() + font * 0.2, inside);
        if (badge == null) {
            return;
        }
        g.setFont(Font.font(font * 0.62));
        g.setFill(Palette.MUTED);
        g.fillText(shorten(badge.request(), 20), box.centerX(), box.y() + font * 1.15, inside);
        double iconSize = font * 0.8;
        double ix = box.x() + font * 0.3;
        double iy = box.y() + font * 1.95;
        drawIcon(g, badge.icon(), colour, ix, iy, iconSize);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(colour.darker());
        g.setFont(Font.font(null, FontWeight.BOLD, font * 0.72));
        g.fillText(badge.outcome(), ix + iconSize + font * 0.25, iy, box.x() + box.width() - (ix + iconSize + font * 0.5));
        g.setFont(Font.font(font * 0.6));
        g.setFill(Palette.MUTED);
        g.fillText(verdictWord(badge), ix, iy + font * 1.0, inside);
    }

    /** A user in a short row (many users): the name, then the icon and the answer on the same line. */
    private void drawCompactUser(GraphicsContext g, SceneLayout.Box box, StoreSnapshot.UserView user, AnswerBadge badge,
                                 Color colour, double font) {
        double size = Math.min(font * 0.8, box.height() * 0.7);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font(null, FontWeight.BOLD, size));
        g.fillText(user.name(), box.x() + font * 0.3, box.centerY());
        if (badge == null) {
            return;
        }
        double ix = box.x() + box.width() * 0.55;
        drawIcon(g, badge.icon(), colour, ix, box.centerY() - size / 2, size);
        g.setFill(colour.darker());
        g.setTextBaseline(VPos.CENTER);
        g.fillText(badge.outcome(), ix + size * 1.2, box.centerY());
    }

    /** "lag 80 ms" for a constant lag, "lag exp:20" for anything else. */
    private String lagText(String lag) {
        return lag.startsWith("const:") ? format("canvas.lagMillis", lag.substring(6)) : format("canvas.lag", lag);
    }

    /** The word under an answer: fresh, stale: 404, old body..., saved. */
    String verdictWord(AnswerBadge badge) {
        return switch (badge.verdict()) {
            case STALE_OLD -> format("canvas.verdict.staleOld", badge.newestAckedVersion());
            default -> text("canvas.verdict." + badge.verdict().fileName());
        };
    }

    static void drawIcon(GraphicsContext g, AnswerBadge.Icon icon, Color colour, double x, double y, double size) {
        g.setStroke(colour);
        g.setFill(colour);
        g.setLineWidth(Math.max(2, size / 6));
        switch (icon) {
            case TICK -> g.strokePolyline(new double[] {x, x + size * 0.38, x + size},
                    new double[] {y + size * 0.55, y + size * 0.9, y + size * 0.1}, 3);
            case CROSS -> {
                g.strokeLine(x + size * 0.1, y + size * 0.1, x + size * 0.9, y + size * 0.9);
                g.strokeLine(x + size * 0.9, y + size * 0.1, x + size * 0.1, y + size * 0.9);
            }
            case WARNING -> {
                g.strokePolygon(new double[] {x + size / 2, x + size, x}, new double[] {y, y + size, y + size}, 3);
                g.fillRect(x + size * 0.45, y + size * 0.35, size * 0.1, size * 0.35);
                g.fillRect(x + size * 0.45, y + size * 0.78, size * 0.1, size * 0.1);
            }
            case DOT -> g.fillOval(x + size * 0.3, y + size * 0.3, size * 0.4, size * 0.4);
        }
    }

    private void drawMessages(GraphicsContext g, SceneLayout layout, StoreSnapshot snapshot, double font, long selected) {
        List<Message> messages = snapshot.messages();
        boolean labels = messages.size() <= LABELLED_MESSAGES_LIMIT;
        double radius = font * 0.42;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.setFont(Font.font(null, FontWeight.BOLD, font * 0.62));
        double[] at = new double[2];
        for (Message message : messages) {
            Route route = layout.route(message.from(), message.to());
            if (route == null) {
                continue;
            }
            route.pointAt(message.progress(snapshot.nowMicros()), at);
            double x = at[0];
            double y = at[1];
            if (x < -radius || y < -radius || x > layout.width() + radius || y > layout.height() + radius) {
                continue;
            }
            Color colour = colourOf(message);
            boolean faded = selected >= 0 && message.operationId() != selected;
            g.setFill(faded ? colour.deriveColor(0, 0.4, 1.2, 0.35) : colour);
            if (messages.size() > ROUND_MESSAGES_LIMIT) {
                g.fillRect(x - radius * 0.7, y - radius * 0.7, radius * 1.4, radius * 1.4);
            } else {
                g.fillOval(x - radius, y - radius, radius * 2, radius * 2);
            }
            if (selected >= 0 && message.operationId() == selected) {
                g.setStroke(Palette.INK);
                g.setLineWidth(Math.max(2, font / 8));
                g.strokeOval(x - radius * 1.5, y - radius * 1.5, radius * 3, radius * 3);
            }
            if (labels) {
                double labelWidth = textWidth(message.label(), g.getFont());
                g.setFill(Palette.LABEL_BACKING);
                g.fillRoundRect(x + radius * 1.1, y - radius * 0.4 - font * 0.72, labelWidth + font * 0.3, font * 0.76, 6, 6);
                g.setFill(colour.darker());
                g.fillText(message.label(), x + radius * 1.2 + font * 0.15, y - radius * 0.4);
            }
        }
    }

    private static Color colourOf(Message message) {
        return switch (message.kind()) {
            case REQUEST -> Palette.REQUEST;
            case ACK -> Palette.ACK;
            case CHECK -> Palette.CHECK;
            case ANSWER -> message.label().startsWith("200") ? Palette.OK
                    : message.label().startsWith("404") ? Palette.NOT_FOUND : Palette.UNAVAILABLE;
        };
    }

    private final java.util.Map<String, Double> widths = new java.util.HashMap<>();

    /** The drawn width of {@code text} in {@code font}, remembered per text and size. */
    private double textWidth(String text, Font font) {
        return widths.computeIfAbsent(text + '\u0000' + font.getSize(), key -> {
            javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
            probe.setFont(font);
            return probe.getLayoutBounds().getWidth();
        });
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    private String text(String key) {
        return texts.getString(key);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(args);
    }
}
