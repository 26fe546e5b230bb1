package dev.rawlab.ui;

import dev.rawlab.check.CheckedOperation;
import dev.rawlab.sim.Micros;
import dev.rawlab.store.Message;
import dev.rawlab.store.OperationRecord;
import dev.rawlab.store.TraceEvent;
import dev.rawlab.ui.canvas.Palette;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws the time-space diagram: lanes with their names, the time axis, replication-queue stays and
 * applies on the node lanes, each operation's span on its user's lane with the checker's verdict,
 * every message as an arrow from its send to its arrive time (cut at now while in flight), and the
 * line of now. Records what it drew where, so a click can find its operation. Draws only what falls
 * inside the visible window.
 */
final class DiagramRenderer {

    /** What one frame shows. {@code checked} holds the checker's judgement per operation id. */
    record Frame(DiagramLayout layout, TraceHistory history, Map<Long, CheckedOperation> checked,
                 Map<String, String> laneNames, long nowMicros, long selectedOperation) {
        boolean selecting() {
            return selectedOperation >= 0;
        }
    }

    /** How faint the operations that are not selected become while one is. */
    private static final double FADED_ALPHA = 0.22;
    /** At most this many message labels per frame; beyond it the picture is too dense to read them. */
    private static final int LABEL_LIMIT = 80;
    /** Above this many messages in view, arrows are drawn thin and batched (see {@link #drawDenseMessages}). */
    static final int DENSE_MESSAGES = 400;
    private static final Color LANE_BAND = Color.web("#F6F8FA");
    private static final Color GRID = Color.web("#EAEEF2");
    private static final Color LABEL_BACKING = Palette.LABEL_BACKING;

    private final ResourceBundle texts;
    private final Text measurer = new Text();
    private boolean lastFrameDense;

    DiagramRenderer(ResourceBundle texts) {
        this.texts = texts;
    }

    /** Whether the last frame drawn was crowded enough to be drawn in the dense style. */
    boolean lastFrameDense() {
        return lastFrameDense;
    }

    DiagramHits draw(GraphicsContext g, Frame frame) {
        lastFrameDense = false;
        DiagramLayout layout = frame.layout();
        DiagramHits hits = new DiagramHits(Math.max(6, layout.fontSize() * 0.45));
        LabelSpace labels = new LabelSpace();
        g.setGlobalAlpha(1);
        g.setFill(Palette.BACKGROUND);
        g.fillRect(0, 0, layout.width(), layout.height());
        drawLanes(g, frame, false);
        drawAxis(g, layout, nowLabelBox(layout, frame.nowMicros()));
        // No clip: a clipped canvas blends every shape through a mask, which costs milliseconds per
        // hundred shapes in software rendering. The lane names are painted again on top instead.
        drawStays(g, frame, labels);
        drawApplies(g, frame, labels);
        drawSpans(g, frame, hits, labels, false);
        drawMessages(g, frame, hits, labels, false);
        if (frame.selecting()) {
            drawSpans(g, frame, hits, labels, true);
            drawMessages(g, frame, hits, labels, true);
        }
        g.setGlobalAlpha(1);
        drawLanes(g, frame, true);
        drawNow(g, layout, frame.nowMicros());
        return hits;
    }

    /** The lanes: bands and lines across the plot, or ({@code gutterOnly}) just the names column at the left. */
    private void drawLanes(GraphicsContext g, Frame frame, boolean gutterOnly) {
        DiagramLayout layout = frame.layout();
        double font = layout.fontSize();
        List<String> lanes = layout.lanes();
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        if (gutterOnly) {
            double top = lanes.isEmpty() ? 0 : layout.laneY(lanes.get(0)) - layout.laneHeight() / 2;
            g.setFill(Palette.BACKGROUND);
            g.fillRect(0, top, layout.plotLeft(), layout.height() - top);
        }
        double bandWidth = gutterOnly ? layout.plotLeft() : layout.width();
        for (int i = 0; i < lanes.size(); i++) {
            double y = layout.laneY(lanes.get(i));
            if (i % 2 == 0) {
                g.setFill(LANE_BAND);
                g.fillRect(0, y - layout.laneHeight() / 2, bandWidth, layout.laneHeight());
            }
            if (!gutterOnly) {
                g.setStroke(Palette.EDGE);
                g.setLineWidth(1.5);
                g.strokeLine(layout.plotLeft(), y, layout.plotRight(), y);
                continue;
            }
            g.setFill(Palette.INK);
            g.setFont(Font.font(null, FontWeight.BOLD, font));
            g.fillText(fit(frame.laneNames().getOrDefault(lanes.get(i), lanes.get(i)), layout.plotLeft() - font * 0.9,
                    g.getFont()), font * 0.5, y);
        }
    }

    private void drawAxis(GraphicsContext g, DiagramLayout layout, double[] keepClear) {
        double font = layout.fontSize();
        long step = tickStep(layout);
        long first = Math.floorDiv(layout.startMicros(), step) * step;
        if (first < layout.startMicros()) {
            first += step;
        }
        g.setFont(Font.font(font * 0.8));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(1);
        for (long t = first; t <= layout.endMicros(); t += step) {
            double x = layout.xOf(t);
            g.setStroke(GRID);
            g.strokeLine(x, layout.axisHeight(), x, layout.height());
            g.setStroke(Palette.MUTED);
            g.strokeLine(x, layout.axisHeight() - font * 0.35, x, layout.axisHeight());
            String tick = Texts.format(texts, "diagram.tick", Micros.formatMillis(t));
            double half = textWidth(tick, g.getFont()) / 2;
            if (x + half < keepClear[0] || x - half > keepClear[0] + keepClear[1]) {
                g.setFill(Palette.MUTED);
                g.fillText(tick, x, layout.axisHeight() * 0.45);
            }
        }
        g.setStroke(Palette.MUTED);
        g.strokeLine(layout.plotLeft(), layout.axisHeight(), layout.plotRight(), layout.axisHeight());
    }

    /** A round step between ticks (1, 2 or 5 times a power of ten, in microseconds) leaving room for each label. */
    private static long tickStep(DiagramLayout layout) {
        double wanted = layout.microsPerPixel() * layout.fontSize() * 6;
        long step = 1;
        while (true) {
            for (long factor : new long[] {1, 2, 5}) {
                if (step * factor >= wanted) {
                    return step * factor;
                }
            }
            step *= 10;
        }
    }

    private void drawStays(GraphicsContext g, Frame frame, LabelSpace labels) {
        DiagramLayout layout = frame.layout();
        double font = layout.fontSize();
        double height = Math.min(layout.laneHeight() * 0.3, font * 0.9);
        boolean dense = countStays(frame) > DENSE_MESSAGES;
        lastFrameDense |= dense;
        Color denseFill = Palette.QUEUE_FILL.deriveColor(0, 1.6, 0.92, 1);
        BarMerger bars = new BarMerger(g);
        for (TraceHistory.QueueStay stay : frame.history().stays()) {
            if (stay.enqueueMicros() > layout.endMicros()) {
                break;
            }
            long end = stay.waiting() ? frame.nowMicros() : Math.min(stay.applyMicros(), frame.nowMicros());
            if (end < layout.startMicros() || !layout.hasLane(stay.node())) {
                continue;
            }
            double x1 = layout.xOf(stay.enqueueMicros());
            double x2 = Math.max(x1 + 2, layout.xOf(end));
            double y = layout.laneY(stay.node());
            if (dense) {
                // Thousands of stays: plain bars joined where they overlap, no outline or label each (see DENSE_MESSAGES).
                bars.add(x1, x2, y - height / 2, height, denseFill);
                continue;
            }
            g.setFill(Palette.QUEUE_FILL);
            g.fillRect(x1, y - height / 2, x2 - x1, height);
            g.setStroke(Palette.OLD);
            g.setLineWidth(1.5);
            g.strokeRect(x1, y - height / 2, x2 - x1, height);
            String text = Texts.format(texts, "diagram.queued", stay.key(), String.valueOf(stay.version()));
            Font small = Font.font(font * 0.75);
            double width = textWidth(text, small);
            double left = Math.max(x1, layout.plotLeft()) + font * 0.3;
            double top = y + height / 2 + font * 0.1;
            if (left + width < x2 + font * 4 && labels.claim(left, top, width, font * 0.9)) {
                g.setFont(small);
                g.setFill(VerdictStyle.ink(Palette.OLD));
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.TOP);
                g.fillText(text, left, top);
            }
        }
        bars.flush();
    }

    private void drawApplies(GraphicsContext g, Frame frame, LabelSpace labels) {
        DiagramLayout layout = frame.layout();
        double font = layout.fontSize();
        double size = font * 0.42;
        Font small = Font.font(null, FontWeight.BOLD, font * 0.75);
        for (TraceEvent.Applied applied : frame.history().applies()) {
            if (applied.timeMicros() < layout.startMicros() || !layout.hasLane(applied.node())) {
                continue;
            }
            if (applied.timeMicros() > layout.endMicros()) {
                break;
            }
            double x = layout.xOf(applied.timeMicros());
            double y = layout.laneY(applied.node());
            g.setFill(Palette.OLD);
            g.fillPolygon(new double[] {x, x + size, x, x - size}, new double[] {y - size, y, y + size, y}, 4);
            g.setStroke(Palette.INK);
            g.setLineWidth(1.2);
            g.strokePolygon(new double[] {x, x + size, x, x - size}, new double[] {y - size, y, y + size, y}, 4);
            String text = Texts.format(texts, applied.deleted() ? "diagram.appliedTombstone" : "diagram.applied",
                    String.valueOf(applied.version()));
            double width = textWidth(text, small);
            double top = y - size - font * 0.95;
            if (labels.claim(x - width / 2, top, width, font * 0.9)) {
                g.setFont(small);
                g.setFill(Palette.INK);
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.TOP);
                g.fillText(text, x, top);
            }
        }
    }

    private static int countStays(Frame frame) {
        DiagramLayout layout = frame.layout();
        int count = 0;
        for (TraceHistory.QueueStay stay : frame.history().stays()) {
            if (stay.enqueueMicros() > layout.endMicros() || count > DENSE_MESSAGES) {
                break;
            }
            if (stay.waiting() || stay.applyMicros() >= layout.startMicros()) {
                count++;
            }
        }
        return count;
    }

    private static int countSpans(Frame frame) {
        DiagramLayout layout = frame.layout();
        int count = frame.history().running().size();
        for (OperationRecord op : frame.history().completed()) {
            if (count > DENSE_MESSAGES) {
                break;
            }
            if (op.invokeMicros() <= layout.endMicros() && op.completeMicros() >= layout.startMicros()) {
                count++;
            }
        }
        return count;
    }

    /** Thousands of operations in view: one bar each, filled in the verdict's colour; no outline, label or hit box. */
    private void drawDenseSpans(GraphicsContext g, Frame frame, DiagramHits hits) {
        DiagramLayout layout = frame.layout();
        double height = Math.min(layout.laneHeight() * 0.36, layout.fontSize() * 1.1);
        g.setGlobalAlpha(frame.selecting() ? FADED_ALPHA : 0.85);
        BarMerger bars = new BarMerger(g);
        for (OperationRecord op : frame.history().completed()) {
            if (op.invokeMicros() > layout.endMicros() || op.completeMicros() < layout.startMicros() || !layout.hasLane(op.user())) {
                continue;
            }
            CheckedOperation checked = frame.checked().get(op.id());
            double x1 = layout.xOf(op.invokeMicros());
            double x2 = Math.max(x1 + 2, layout.xOf(op.completeMicros()));
            double y = layout.laneY(op.user());
            bars.add(x1, x2, y - height / 2, height, checked != null ? VerdictStyle.colour(checked.verdict()) : Palette.forStatus(op.status()));
            hits.addBox(op.id(), x1, y - height / 2, x2 - x1, height);
        }
        bars.flush();
        g.setGlobalAlpha(1);
    }

    /** Spans of finished and running operations; {@code selectedOnly} picks which pass this is. */
    private void drawSpans(GraphicsContext g, Frame frame, DiagramHits hits, LabelSpace labels, boolean selectedOnly) {
        DiagramLayout layout = frame.layout();
        if (!selectedOnly && countSpans(frame) > DENSE_MESSAGES) {
            lastFrameDense = true;
            drawDenseSpans(g, frame, hits);
            return;
        }
        for (OperationRecord op : frame.history().completed()) {
            if (op.invokeMicros() > layout.endMicros() || op.completeMicros() < layout.startMicros()) {
                continue;
            }
            if (inPass(frame, op.id(), selectedOnly)) {
                CheckedOperation checked = frame.checked().get(op.id());
                boolean judged = checked != null && checked.operation().equals(op);
                String request = op.op() + " " + op.key();
                drawSpan(g, frame, hits, labels, op.id(), op.user(), op.invokeMicros(), op.completeMicros(), request,
                        judged ? VerdictStyle.word(texts, checked.verdict()) : statusText(op),
                        judged ? VerdictStyle.colour(checked.verdict()) : Palette.forStatus(op.status()));
            }
        }
        for (TraceHistory.Started started : frame.history().running()) {
            if (started.invokeMicros() <= layout.endMicros() && inPass(frame, started.operationId(), selectedOnly)) {
                drawSpan(g, frame, hits, labels, started.operationId(), started.user(), started.invokeMicros(),
                        frame.nowMicros(), started.request(), texts.getString("diagram.running"), Palette.MUTED);
            }
        }
    }

    private static String statusText(OperationRecord op) {
        return op.ok() ? op.status() + " v" + op.version() : String.valueOf(op.status());
    }

    private static boolean inPass(Frame frame, long operationId, boolean selectedOnly) {
        return selectedOnly == (frame.selecting() && operationId == frame.selectedOperation());
    }

    private void drawSpan(GraphicsContext g, Frame frame, DiagramHits hits, LabelSpace labels, long id, String user,
                          long from, long to, String request, String outcome, Color colour) {
        DiagramLayout layout = frame.layout();
        if (!layout.hasLane(user)) {
            return;
        }
        double font = layout.fontSize();
        boolean selected = frame.selecting() && id == frame.selectedOperation();
        g.setGlobalAlpha(frame.selecting() && !selected ? FADED_ALPHA : 1);
        double y = layout.laneY(user);
        double height = Math.min(layout.laneHeight() * 0.36, font * 1.1);
        double x1 = layout.xOf(from);
        double x2 = Math.max(x1 + 4, layout.xOf(to));
        g.setFill(colour.deriveColor(0, 1, 1, 0.28));
        g.fillRoundRect(x1, y - height / 2, x2 - x1, height, 6, 6);
        g.setStroke(colour);
        g.setLineWidth(selected ? 3.5 : 2);
        g.strokeRoundRect(x1, y - height / 2, x2 - x1, height, 6, 6);
        hits.addBox(id, x1, y - height / 2, x2 - x1, height);
        if (frame.selecting() && !selected) {
            g.setGlobalAlpha(1);
            return;
        }
        Font bold = Font.font(null, FontWeight.BOLD, font * 0.85);
        String head = request + " ";
        double headWidth = textWidth(head, bold);
        double width = headWidth + textWidth(outcome, bold);
        double left = Math.max(x1, layout.plotLeft() + font * 0.2);
        double top = y - height / 2 - font * 1.05;
        if (!labels.claim(left, top, width, font)) {
            top = y + height / 2 + font * 0.05;
            if (!labels.claim(left, top, width, font)) {
                g.setGlobalAlpha(1);
                return;
            }
        }
        g.setFont(bold);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(LABEL_BACKING);
        g.fillRect(left - 2, top, width + 4, font);
        g.setFill(Palette.INK);
        g.fillText(head, left, top);
        g.setFill(VerdictStyle.ink(colour));
        g.fillText(outcome, left + headWidth, top);
        g.setGlobalAlpha(1);
    }

    private void drawMessages(GraphicsContext g, Frame frame, DiagramHits hits, LabelSpace labels, boolean selectedOnly) {
        DiagramLayout layout = frame.layout();
        List<Message> messages = frame.history().messages();
        int from = firstSentAtOrAfter(messages, layout.startMicros() - frame.history().longestFlightMicros());
        double font = layout.fontSize();
        int inView = selectedOnly ? 0 : inView(messages, from, layout);
        if (inView > DENSE_MESSAGES) {
            lastFrameDense = true;
            drawDenseMessages(g, frame, inView);
            return;
        }
        List<Message> labelled = new ArrayList<>();
        for (int i = from; i < messages.size(); i++) {
            Message message = messages.get(i);
            if (message.sendMicros() > layout.endMicros()) {
                break;
            }
            if (message.arriveMicros() < layout.startMicros() || !inPass(frame, message.operationId(), selectedOnly)
                    || !layout.hasLane(message.from()) || !layout.hasLane(message.to())) {
                continue;
            }
            boolean selected = frame.selecting() && message.operationId() == frame.selectedOperation();
            g.setGlobalAlpha(frame.selecting() && !selected ? FADED_ALPHA : 1);
            double x1 = layout.xOf(message.sendMicros());
            double y1 = layout.laneY(message.from());
            double y2 = layout.laneY(message.to());
            long head = Math.min(message.arriveMicros(), frame.nowMicros());
            double progress = message.progress(frame.nowMicros());
            double x2 = layout.xOf(head);
            double yHead = y1 + (y2 - y1) * progress;
            Color colour = VerdictStyle.colour(message);
            g.setStroke(colour);
            g.setFill(colour);
            g.setLineWidth(selected ? Math.max(4, font * 0.3) : Math.max(2, font * 0.13));
            g.strokeLine(x1, y1, x2, yHead);
            if (progress >= 1) {
                arrowHead(g, x1, y1, x2, yHead, font * (selected ? 0.7 : 0.55));
            } else {
                double r = font * 0.3;
                g.fillOval(x2 - r, yHead - r, 2 * r, 2 * r);
            }
            hits.addSegment(message.operationId(), x1, y1, x2, yHead);
            boolean faded = frame.selecting() && !selected;
            if (message.kind() == Message.Kind.ANSWER && progress >= 1 && !faded && labelled.size() < LABEL_LIMIT) {
                labelled.add(message);
            }
        }
        labelled.sort((a, b) -> Boolean.compare(isOk(a), isOk(b)));
        for (Message message : labelled) {
            labelMessage(g, frame, message, labels);
        }
        g.setGlobalAlpha(1);
    }

    /** How many messages from index {@code from} overlap the time shown, counting no further than the dense limit. */
    private static int inView(List<Message> messages, int from, DiagramLayout layout) {
        int count = 0;
        for (int i = from; i < messages.size() && count <= DENSE_MESSAGES; i++) {
            Message message = messages.get(i);
            if (message.sendMicros() > layout.endMicros()) {
                break;
            }
            if (message.arriveMicros() >= layout.startMicros()) {
                count++;
            }
        }
        return count;
    }

    /**
     * Too many arrows to read one by one (a stress scene): none are drawn, only a note saying how
     * many are in view. Thousands of crossing lines cost the software renderer hundreds of
     * milliseconds and show nothing a person can follow; the operation bars and queue stays still
     * show where the traffic and the stale reads are.
     */
    private void drawDenseMessages(GraphicsContext g, Frame frame, int inView) {
        DiagramLayout layout = frame.layout();
        double font = layout.fontSize();
        String note = Texts.format(texts, "diagram.dense", inView > DENSE_MESSAGES ? "> " + DENSE_MESSAGES : String.valueOf(inView));
        Font small = Font.font(null, FontWeight.BOLD, font * 0.8);
        // Right-aligned in the plot, but never left of it (the lane names are painted over that part).
        double room = layout.width() - layout.plotLeft() - font;
        double width = Math.min(textWidth(note, small), room);
        double x = Math.max(layout.plotLeft() + font * 0.5, layout.plotRight() - width - font);
        double y = layout.height() - font * 1.6;
        g.setGlobalAlpha(1);
        g.setFill(LABEL_BACKING);
        g.fillRect(x - 4, y - 2, width + 8, font * 1.2);
        g.setFill(Palette.INK);
        g.setFont(small);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(note, x, y, width);
    }

    /** Whether an answer says 200: those are labelled after the 404s, 503s and "too old"s, which matter more. */
    private static boolean isOk(Message message) {
        return message.label().startsWith("200");
    }

    /** Along the arrow, where a label may go, best first: the middle, then nearer either end. */
    private static final double[] LABEL_SPOTS = {0.5, 0.3, 0.7, 0.15, 0.85};

    private void labelMessage(GraphicsContext g, Frame frame, Message message, LabelSpace labels) {
        DiagramLayout layout = frame.layout();
        double font = layout.fontSize();
        Font bold = Font.font(null, FontWeight.BOLD, font * 0.85);
        double width = textWidth(message.label(), bold);
        double x1 = layout.xOf(message.sendMicros());
        double x2 = layout.xOf(message.arriveMicros());
        double y1 = layout.laneY(message.from());
        double y2 = layout.laneY(message.to());
        for (double spot : LABEL_SPOTS) {
            double cx = x1 + (x2 - x1) * spot;
            double cy = y1 + (y2 - y1) * spot - font * 0.5;
            for (double x : new double[] {cx + font * 0.35, cx - font * 0.35 - width}) {
                boolean inside = x >= layout.plotLeft() && x + width <= layout.width();
                if (inside && labels.claim(x, cy, width, font)) {
                    g.setGlobalAlpha(1);
                    g.setFill(LABEL_BACKING);
                    g.fillRect(x - 2, cy, width + 4, font);
                    g.setFont(bold);
                    g.setTextAlign(TextAlignment.LEFT);
                    g.setTextBaseline(VPos.TOP);
                    g.setFill(VerdictStyle.ink(VerdictStyle.colour(message)));
                    g.fillText(message.label(), x, cy);
                    return;
                }
            }
        }
    }

    private static void arrowHead(GraphicsContext g, double x1, double y1, double x2, double y2, double size) {
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double spread = Math.toRadians(24);
        g.fillPolygon(
                new double[] {x2, x2 - size * Math.cos(angle - spread), x2 - size * Math.cos(angle + spread)},
                new double[] {y2, y2 - size * Math.sin(angle - spread), y2 - size * Math.sin(angle + spread)}, 3);
    }

    /** The index of the first message sent at or after {@code micros} (messages are in send order). */
    private static int firstSentAtOrAfter(List<Message> messages, long micros) {
        int low = 0;
        int high = messages.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (messages.get(mid).sendMicros() < micros) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private void drawNow(GraphicsContext g, DiagramLayout layout, long nowMicros) {
        double x = layout.xOf(nowMicros);
        if (x < layout.plotLeft() || x > layout.width()) {
            return;
        }
        double[] box = nowLabelBox(layout, nowMicros);
        g.setStroke(Palette.INK);
        g.setLineWidth(2.5);
        g.strokeLine(x, layout.axisHeight() * 0.75, x, layout.height());
        g.setFill(Palette.BACKGROUND);
        g.fillRect(box[0], 0, box[1], layout.axisHeight() * 0.9);
        g.setFont(nowFont(layout));
        g.setFill(Palette.INK);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(nowText(nowMicros), box[0] + layout.fontSize() * 0.5, layout.axisHeight() * 0.45);
    }

    /** Where the "now" label goes along the axis: {left, width}; beside the line, inside the canvas. */
    private double[] nowLabelBox(DiagramLayout layout, long nowMicros) {
        double x = layout.xOf(nowMicros);
        double font = layout.fontSize();
        double width = textWidth(nowText(nowMicros), nowFont(layout));
        double left = x + width + font * 0.4 > layout.width() ? x - width - font * 0.3 : x + font * 0.3;
        return new double[] {left - font * 0.5, width + font};
    }

    private String nowText(long nowMicros) {
        return Texts.format(texts, "diagram.now", Micros.formatMillis(nowMicros));
    }

    private static Font nowFont(DiagramLayout layout) {
        return Font.font(null, FontWeight.BOLD, layout.fontSize() * 0.85);
    }

    private String fit(String text, double maxWidth, Font font) {
        if (textWidth(text, font) <= maxWidth) {
            return text;
        }
        String shortened = text;
        while (shortened.length() > 1 && textWidth(shortened + "…", font) > maxWidth) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "…";
    }

    private double textWidth(String text, Font font) {
        measurer.setFont(font);
        measurer.setText(text);
        return measurer.getLayoutBounds().getWidth();
    }

    /** The places labels already took this frame; a label that would overlap one is left out. */
    private static final class LabelSpace {
        private final List<double[]> taken = new ArrayList<>();

        boolean claim(double x, double y, double width, double height) {
            for (double[] box : taken) {
                if (x < box[0] + box[2] && x + width > box[0] && y < box[1] + box[3] && y + height > box[1]) {
                    return false;
                }
            }
            taken.add(new double[] {x, y, width, height});
            return true;
        }
    }
}
