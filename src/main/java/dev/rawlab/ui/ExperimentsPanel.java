package dev.rawlab.ui;

import dev.rawlab.experiment.CurveCsv;
import dev.rawlab.experiment.Fix;
import dev.rawlab.experiment.ObjectKind;
import dev.rawlab.experiment.StalenessPoint;
import dev.rawlab.experiment.TradeoffRow;
import dev.rawlab.experiment.TradeoffTable;
import dev.rawlab.files.ReplacedFile;
import java.io.File;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Experiments panel: which fixes to compare and how many trials, a Run and a Cancel button with
 * a progress bar, a line chart of P(read sees the write) against the time since the acknowledgement
 * (one curve per fix, for a new key or for an edit), the measured trade-off table, and exports of the chart (PNG) and the
 * numbers (CSV). All state is in {@link ExperimentsViewModel}; the work runs in its background task.
 */
public final class ExperimentsPanel extends BorderPane {

    private final ExperimentsViewModel model;
    private final ResourceBundle texts;
    private final FileProblems files;
    private final VBox fixes = new VBox(4);
    private final Spinner<Integer> trials = new Spinner<>(10, 1_000_000, 1_000, 500);
    private final Button run = new Button();
    private final Button cancel = new Button();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button exportPng = new Button();
    private final Button exportCsv = new Button();
    private final NumberAxis timeAxis = new NumberAxis();
    private final NumberAxis shareAxis = new NumberAxis(0, 1, 0.1);
    private final LineChart<Number, Number> chart = new LineChart<>(timeAxis, shareAxis);
    private final TableView<TradeoffRow> table = new TableView<>();
    private final RadioButton chartNew = new RadioButton();
    private final RadioButton chartEdit = new RadioButton();
    private final ToggleGroup chartObject = new ToggleGroup();
    private final NumberFormat whole;
    private final NumberFormat millis;

    public ExperimentsPanel(ExperimentsViewModel model, ResourceBundle texts) {
        this.model = model;
        this.texts = texts;
        this.files = new FileProblems(texts, () -> getScene() == null ? null : getScene().getWindow());
        this.whole = NumberFormat.getIntegerInstance(texts.getLocale());
        this.millis = NumberFormat.getNumberInstance(texts.getLocale());
        millis.setMaximumFractionDigits(1);
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
    }

    private void initializeParts() {
        setId("experiments-panel");
        for (Fix fix : Fix.values()) {
            CheckBox box = new CheckBox(fix.title().format());
            box.setId("fix-" + fix.fileName());
            box.selectedProperty().bindBidirectional(model.selectedProperty(fix));
            box.setDisable(!TradeoffTable.allowed(model.sceneProperty().get(), fix));
            fixes.getChildren().add(box);
        }
        trials.setId("experiment-trials");
        trials.setEditable(true);
        run.setId("experiment-run");
        run.setText(texts.getString("experiments.run"));
        cancel.setId("experiment-cancel");
        cancel.setText(texts.getString("experiments.cancel"));
        progress.setId("experiment-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        status.setId("experiment-status");
        exportPng.setId("experiment-export-png");
        exportPng.setText(texts.getString("experiments.exportPng"));
        exportCsv.setId("experiment-export-csv");
        exportCsv.setText(texts.getString("experiments.exportCsv"));
        chartNew.setId("experiment-chart-new");
        chartNew.setText(texts.getString("experiments.chart.new"));
        chartNew.setToggleGroup(chartObject);
        chartNew.setUserData(ObjectKind.NEW);
        chartEdit.setId("experiment-chart-edit");
        chartEdit.setText(texts.getString("experiments.chart.edit"));
        chartEdit.setToggleGroup(chartObject);
        chartEdit.setUserData(ObjectKind.OVERWRITE);
        chart.setId("experiment-chart");
        chart.setAnimated(false);
        timeAxis.setAnimated(false);
        shareAxis.setAnimated(false);
        chart.setCreateSymbols(true);
        timeAxis.setLabel(texts.getString("experiments.axis.t"));
        shareAxis.setAutoRanging(false);
        shareAxis.setLabel(texts.getString("experiments.axis.sees"));
        chart.setTitle(texts.getString("experiments.chart.title"));
        table.setId("experiment-table");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        addColumn("fix", row -> row.fix().title().format());
        addColumn("readP50", row -> millis(row.newObject().readLatency().p50Millis()));
        addColumn("readP99", row -> millis(row.newObject().readLatency().p99Millis()));
        addColumn("writeP50", row -> millis(row.newObject().writeLatency().p50Millis()));
        addColumn("staleNew", row -> percent(row.newObject().points().get(0).pStale()));
        addColumn("staleOld", row -> percent(row.overwrite().points().get(0).pStale()));
        addColumn("window", row -> Double.isNaN(row.windowMillis())
                ? texts.getString("experiments.window.never") : millis(row.windowMillis()));
        addColumn("throughput", row -> whole.format(row.readsPerSecond()));
        addColumn("throughputGrown", row -> whole.format(row.readsPerSecondAt()));
        addColumn("cost", row -> String.format(texts.getLocale(), "%.4f", row.costPerMillion()));
        addColumn("app", row -> row.fix().complexity().format());
    }

    private void addColumn(String key, Function<TradeoffRow, String> cell) {
        TableColumn<TradeoffRow, String> column = new TableColumn<>(texts.getString("experiments.column." + key));
        column.setId("experiment-column-" + key);
        column.setCellValueFactory(data -> new ReadOnlyStringWrapper(cell.apply(data.getValue())));
        table.getColumns().add(column);
    }

    private void layoutParts() {
        setPadding(new Insets(8));
        Label fixesTitle = Texts.heading(texts, "experiments.fixes");
        Label trialsLabel = new Label(texts.getString("experiments.trials"));
        trialsLabel.setLabelFor(trials);
        HBox buttons = new HBox(6, run, cancel);
        HBox exports = new HBox(6, exportPng, exportCsv);
        VBox side = new VBox(8, fixesTitle, fixes, trialsLabel, trials, buttons, progress, status,
                Texts.heading(texts, "experiments.chart.show"), chartNew, chartEdit, exports);
        side.setPadding(new Insets(0, 10, 0, 0));
        side.setPrefWidth(260);
        setLeft(side);
        setCenter(chart);
        table.setPrefHeight(260);
        setBottom(table);
    }

    private void setupBindings() {
        trials.getValueFactory().valueProperty().addListener((obs, old, value) -> model.trialsProperty().set(value));
        model.trialsProperty().addListener((obs, old, value) -> trials.getValueFactory().setValue(value.intValue()));
        trials.getValueFactory().setValue(model.trialsProperty().get());
        progress.progressProperty().bind(model.progressProperty());
        run.disableProperty().bind(model.runningProperty());
        cancel.disableProperty().bind(model.runningProperty().not());
        exportPng.disableProperty().bind(model.runningProperty());
        exportCsv.disableProperty().bind(model.runningProperty());
        model.statusProperty().addListener((obs, old, value) -> showStatus(value));
        showStatus(model.statusProperty().get());
        model.rows().addListener((javafx.collections.ListChangeListener<TradeoffRow>) change -> redrawChart());
        chartObject.selectToggle(model.chartObjectProperty().get() == ObjectKind.NEW ? chartNew : chartEdit);
        chartObject.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                model.chartObjectProperty().set((ObjectKind) toggle.getUserData());
            }
        });
        model.chartObjectProperty().addListener((obs, old, kind) -> {
            chartObject.selectToggle(kind == ObjectKind.NEW ? chartNew : chartEdit);
            redrawChart();
        });
        redrawChart();
    }

    private void setupEventHandlers() {
        run.setOnAction(event -> model.run());
        cancel.setOnAction(event -> model.cancel());
        exportPng.setOnAction(event -> chooseFile("experiments.png").ifPresent(this::exportPng));
        exportCsv.setOnAction(event -> chooseFile("experiments.csv").ifPresent(this::exportCsv));
    }

    private void showStatus(ExperimentsViewModel.Status value) {
        status.setText(texts.getString("experiments.status." + value.name().toLowerCase(java.util.Locale.ROOT)));
    }

    /** One series per measured fix: P(read sees the write) of the new key (or the edit) against t. */
    private void redrawChart() {
        chart.getData().clear();
        boolean edit = model.chartObjectProperty().get() == ObjectKind.OVERWRITE;
        chart.setTitle(texts.getString(edit ? "experiments.chart.title.edit" : "experiments.chart.title"));
        for (TradeoffRow row : model.rows()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(row.fix().title().format());
            for (StalenessPoint point : (edit ? row.overwrite() : row.newObject()).points()) {
                series.getData().add(new XYChart.Data<>(point.tMillis(), point.pSeesWrite()));
            }
            chart.getData().add(series);
        }
    }

    private java.util.Optional<Path> chooseFile(String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(suggested);
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        return java.util.Optional.ofNullable(file).map(File::toPath);
    }

    /**
     * Writes the chart as it is drawn now to {@code file} as PNG; true when it worked. If it fails,
     * an alert says why and an earlier file there stays as it was.
     */
    public boolean exportPng(Path file) {
        return files.write(file, () -> PictureExport.writePng(SwingFXUtils.fromFXImage(chart.snapshot(null, null), null), file));
    }

    /**
     * Writes every measured curve to {@code file} as CSV ({@link CurveCsv}); true when it worked. If
     * it fails, an alert says why and an earlier file there stays as it was.
     */
    public boolean exportCsv(Path file) {
        return files.write(file, () -> ReplacedFile.writeString(file, CurveCsv.write(model.rows())));
    }

    private String millis(double value) {
        return Double.isFinite(value) ? Texts.format(texts, "stats.millis", millis.format(value)) : texts.getString("stats.none");
    }

    private String percent(double share) {
        NumberFormat format = NumberFormat.getPercentInstance(texts.getLocale());
        format.setMaximumFractionDigits(2);
        return format.format(share);
    }
}
