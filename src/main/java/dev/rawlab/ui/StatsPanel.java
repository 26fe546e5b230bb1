package dev.rawlab.ui;

import dev.rawlab.check.CheckReport;
import dev.rawlab.check.Percentiles;
import dev.rawlab.check.Summary;
import dev.rawlab.sim.Micros;
import dev.rawlab.store.StoreSnapshot;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The run in live figures, from the checker's report: how many reads, how many were fresh, stale
 * 404s, old bodies and LISTs missing a key (with their share of reads), the session guarantees
 * broken, read and write latency (p50, p99), the share of reads the primary served, the messages
 * sent and the longest staleness window. Each figure is a name and a value label; the value has
 * the id {@code stat-<name>} (and {@code stat-<name>-share} for a share of reads).
 */
public final class StatsPanel extends VBox {

    /** The widest a figure\'s name gets before it wraps. */
    private static final double NAME_WIDTH = 150;

    /** Figure ids, in the order shown, grouped in sections by the bundle key of their heading. */
    private static final Map<String, String[]> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("stats.section.reads", new String[] {"reads", "fresh", "stale404", "staleOld", "listMissing"});
        SECTIONS.put("stats.section.sessions", new String[] {"ryw", "monotonic"});
        SECTIONS.put("stats.section.latency", new String[] {"readP50", "readP99", "writeP50", "writeP99"});
        SECTIONS.put("stats.section.load", new String[] {"primaryShare", "messages", "longestWindow"});
    }

    /** The figures that count stale reads: drawn as a warning when not zero. */
    private static final java.util.Set<String> BAD_WHEN_POSITIVE =
            java.util.Set.of("stale404", "staleOld", "listMissing", "ryw", "monotonic");

    private static final long PLAYING_REFRESH_NANOS = 200_000_000L;

    private final LabViewModel model;
    private final Throttle throttle = new Throttle(PLAYING_REFRESH_NANOS, this::showAll);
    private final ResourceBundle texts;
    private final Map<String, Label> values = new LinkedHashMap<>();
    private final Map<String, Label> shares = new LinkedHashMap<>();
    private final FlowPane sections = new FlowPane();
    private final NumberFormat millis;
    private final NumberFormat percent;
    private final NumberFormat count;

    public StatsPanel(LabViewModel model, ResourceBundle texts) {
        this.model = model;
        this.texts = texts;
        this.millis = NumberFormat.getNumberInstance(texts.getLocale());
        this.percent = NumberFormat.getPercentInstance(texts.getLocale());
        this.count = NumberFormat.getIntegerInstance(texts.getLocale());
        initializeParts();
        layoutParts();
        setupBindings();
    }

    private void initializeParts() {
        setId("stats-panel");
        getStyleClass().add("stats-panel");
        millis.setMinimumFractionDigits(0);
        millis.setMaximumFractionDigits(1);
        percent.setMaximumFractionDigits(0);
        for (String[] figures : SECTIONS.values()) {
            for (String figure : figures) {
                Label value = new Label();
                value.setId("stat-" + figure);
                value.getStyleClass().add("stat-value");
                values.put(figure, value);
            }
        }
        for (String figure : new String[] {"fresh", "stale404", "staleOld", "listMissing"}) {
            Label share = new Label();
            share.setId("stat-" + figure + "-share");
            share.getStyleClass().add("stat-share");
            shares.put(figure, share);
        }
    }

    private void layoutParts() {
        setSpacing(4);
        setPadding(new Insets(6, 8, 6, 8));
        sections.setHgap(28);
        sections.setVgap(8);
        for (Map.Entry<String, String[]> section : SECTIONS.entrySet()) {
            GridPane grid = new GridPane();
            grid.setHgap(10);
            grid.setVgap(2);
            Label heading = new Label(texts.getString(section.getKey()));
            heading.getStyleClass().add("stat-heading");
            heading.setWrapText(true);
            heading.setMaxWidth(NAME_WIDTH + 100);
            grid.add(heading, 0, 0, 3, 1);
            int row = 1;
            for (String figure : section.getValue()) {
                Label name = new Label(texts.getString("stats." + figure));
                name.getStyleClass().add("stat-name");
                // Long names wrap onto a second line rather than pushing the figures out of sight.
                name.setWrapText(true);
                name.setMaxWidth(NAME_WIDTH);
                name.setLabelFor(values.get(figure));
                values.get(figure).setAccessibleText(name.getText());
                grid.add(name, 0, row);
                grid.add(values.get(figure), 1, row);
                if (shares.containsKey(figure)) {
                    grid.add(shares.get(figure), 2, row);
                }
                row++;
            }
            sections.getChildren().add(grid);
        }
        getChildren().addAll(Texts.heading(texts, "stats.title"), sections);
    }

    private void setupBindings() {
        model.reportProperty().addListener((obs, old, report) -> refresh());
        model.snapshotProperty().addListener((obs, old, snapshot) -> refresh());
        model.playingProperty().addListener((obs, was, playing) -> refresh());
        refresh();
    }

    /**
     * Shows the figures now, or, while playing, at most five times a second: numbers changing
     * every frame cannot be read anyway, and each change makes the window lay itself out again.
     * The last change is always shown.
     */
    private void refresh() {
        throttle.request(model.playingProperty().get());
    }

    private void showAll() {
        showReport(model.reportProperty().get());
        showMessages(model.snapshot());
    }

    private void showReport(CheckReport report) {
        if (report == null) {
            return;
        }
        Summary summary = report.summary();
        setCount("reads", summary.reads());
        setCount("fresh", summary.fresh());
        setCount("stale404", summary.stale404());
        setCount("staleOld", summary.staleOld());
        setCount("listMissing", summary.listMissing());
        setCount("ryw", summary.rywViolations());
        setCount("monotonic", summary.monotonicViolations());
        setShare("fresh", summary.fresh(), summary.reads());
        setShare("stale404", summary.stale404(), summary.reads());
        setShare("staleOld", summary.staleOld(), summary.reads());
        setShare("listMissing", summary.listMissing(), summary.reads());
        Percentiles read = summary.readLatency();
        Percentiles write = summary.writeLatency();
        set("readP50", ms(read.count(), read.p50Millis()));
        set("readP99", ms(read.count(), read.p99Millis()));
        set("writeP50", ms(write.count(), write.p50Millis()));
        set("writeP99", ms(write.count(), write.p99Millis()));
        set("primaryShare", read.count() == 0 ? texts.getString("stats.none") : percent.format(summary.primaryShare()));
        set("longestWindow", window(summary));
    }

    private void showMessages(StoreSnapshot snapshot) {
        if (snapshot != null) {
            set("messages", count.format(snapshot.messagesSent()));
        }
    }

    private String ms(int samples, double value) {
        return samples == 0 || Double.isNaN(value) ? texts.getString("stats.none") : Texts.format(texts, "stats.millis", millis.format(value));
    }

    /** "78 ms", "78 ms, 1 still open", "1 still open", or a dash when no write was acknowledged. */
    private String window(Summary summary) {
        int acked = summary.writes() - summary.failedWrites();
        boolean anyClosed = acked > summary.openWindows();
        String open = count.format(summary.openWindows());
        if (!anyClosed) {
            return summary.openWindows() == 0 ? texts.getString("stats.none") : Texts.format(texts, "stats.windowOnlyOpen", open);
        }
        String longest = Texts.format(texts, "stats.millis", millis.format(Micros.toMillis(summary.maxWindowMicros())));
        return summary.openWindows() == 0 ? longest : Texts.format(texts, "stats.windowOpen", longest, open);
    }

    private void setCount(String figure, int value) {
        set(figure, count.format(value));
        Label label = values.get(figure);
        boolean bad = BAD_WHEN_POSITIVE.contains(figure) && value > 0;
        if (bad != label.getStyleClass().contains("stat-bad")) {
            if (bad) {
                label.getStyleClass().add("stat-bad");
            } else {
                label.getStyleClass().remove("stat-bad");
            }
        }
    }

    private void setShare(String figure, int part, int whole) {
        Label label = shares.get(figure);
        double share = whole == 0 ? 0 : part / (double) whole;
        // A handful among thousands should not read "0%": below one percent, show a decimal.
        percent.setMaximumFractionDigits(share > 0 && share < 0.01 ? 1 : 0);
        String text = whole == 0 ? "" : Texts.format(texts, "stats.ofReads", percent.format(share));
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
    }

    private void set(String figure, String text) {
        Label label = values.get(figure);
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
    }
}
