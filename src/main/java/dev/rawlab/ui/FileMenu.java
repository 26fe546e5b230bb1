package dev.rawlab.ui;

import dev.rawlab.export.TraceCsv;
import dev.rawlab.export.TraceJson;
import dev.rawlab.export.TraceRows;
import dev.rawlab.files.ReplacedFile;
import dev.rawlab.scenario.AcceptedActions;
import dev.rawlab.scenario.LoadedFile;
import dev.rawlab.scenario.Scenario;
import dev.rawlab.scenario.ScenarioLoader;
import dev.rawlab.scenario.ScenarioWriter;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.TimedAction;
import dev.rawlab.ui.canvas.StoreCanvas;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The File menu: open and save a scene as a scenario file, export the store picture and the
 * time-space diagram as PNG at twice their size, record the last seconds as an animated GIF, and
 * export the trace as CSV or JSON. The menu items only ask for a path; the work is in the methods
 * that take one, which report failure in an alert and return false. Every file is written in full
 * before it replaces the one chosen ({@link ReplacedFile}), so a failed save keeps the old file.
 * Opening a file with any problem shows every problem ({@code file:line:column: field: sentence})
 * and changes nothing.
 */
public final class FileMenu {

    /** How many seconds of playback the GIF item records. */
    public static final int GIF_SECONDS = 10;

    private final LabViewModel model;
    private final StoreCanvas canvas;
    private final TimeSpaceDiagram diagram;
    private final Window owner;
    private final FileProblems files;
    private final ResourceBundle texts;
    private final Menu menu = new Menu();

    public FileMenu(LabViewModel model, StoreCanvas canvas, TimeSpaceDiagram diagram, Window owner, ResourceBundle texts) {
        this.model = model;
        this.canvas = canvas;
        this.diagram = diagram;
        this.owner = owner;
        this.files = new FileProblems(texts, () -> owner);
        this.texts = texts;
        buildMenu();
    }

    public Menu menu() {
        return menu;
    }

    private void buildMenu() {
        menu.setText(texts.getString("file.menu"));
        menu.setId("file-menu");
        MenuItem open = item("file-open", texts.getString("file.open"),
                () -> chooseOpen().ifPresent(this::openScene));
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        MenuItem save = item("file-save", texts.getString("file.save"),
                () -> chooseSave("file.name.scene", "file.filter.scenario", "*.json").ifPresent(this::saveScene));
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        menu.getItems().addAll(open, save, new SeparatorMenuItem(),
                item("file-export-picture", texts.getString("file.exportPicture"),
                        () -> chooseSave("file.name.picture", "file.filter.pngPicture", "*.png").ifPresent(this::exportPicture)),
                item("file-export-diagram", texts.getString("file.exportDiagram"),
                        () -> chooseSave("file.name.diagram", "file.filter.pngPicture", "*.png").ifPresent(this::exportDiagram)),
                item("file-record-gif", Texts.format(texts, "file.recordGif", GIF_SECONDS),
                        () -> chooseSave("file.name.gif", "file.filter.gif", "*.gif").ifPresent(file -> busy(() -> recordGif(file)))),
                new SeparatorMenuItem(),
                item("file-export-csv", texts.getString("file.exportCsv"),
                        () -> chooseSave("file.name.csvTrace", "file.filter.csvTable", "*.csv").ifPresent(this::exportTraceCsv)),
                item("file-export-json", texts.getString("file.exportJson"),
                        () -> chooseSave("file.name.jsonTrace", "file.filter.jsonTrace", "*.json").ifPresent(this::exportTraceJson)));
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    private Optional<Path> chooseOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.getString("file.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.getString("file.filter.scenario"), "*.json"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    private Optional<Path> chooseSave(String nameKey, String filterKey, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(texts.getString(nameKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.getString(filterKey), pattern));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(path -> withExtension(path, pattern));
    }

    /** {@code scene} to {@code scene.json} when the name typed has no extension (some file dialogs add none). */
    static Path withExtension(Path file, String pattern) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + pattern.substring(pattern.indexOf('.')));
    }

    /** Runs slow work (seconds, for a GIF) with the wait cursor showing meanwhile. */
    private void busy(Runnable work) {
        javafx.scene.Scene scene = owner == null ? null : owner.getScene();
        if (scene == null) {
            work.run();
            return;
        }
        scene.setCursor(javafx.scene.Cursor.WAIT);
        // Let a frame show the cursor before the work holds the JavaFX thread.
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.millis(50));
        later.setOnFinished(event -> {
            try {
                work.run();
            } finally {
                scene.setCursor(null);
            }
        });
        later.play();
    }

    /**
     * Opens the scenario file at {@code file} in place of the current scene, at time 0 and paused,
     * its actions queued; false (after showing every problem) when it is not a valid scenario, and
     * then nothing changes.
     */
    public boolean openScene(Path file) {
        LoadedFile loaded = ScenarioLoader.load(file);
        if (loaded.scenario().isEmpty()) {
            String problems = loaded.problems().stream().map(problem -> problem.printable(texts.getLocale()))
                    .collect(Collectors.joining("\n"));
            files.show(texts.getString("file.open.refused"), problems);
            return false;
        }
        Scenario scenario = loaded.scenario().get();
        model.playingProperty().set(false);
        model.load(scenario.config(), scenario.actions());
        return true;
    }

    /**
     * Saves the scene as a scenario file: the store as loaded (topology, lags, network, users, cache,
     * seed, starting strategy) and every action of the session with its time, including those still
     * queued after a rewind; actions the store refused are left out, as they changed nothing.
     */
    public boolean saveScene(Path file) {
        StoreConfig config = model.session().config();
        List<TimedAction> actions = AcceptedActions.of(config, model.session().log());
        String name = sceneName(file);
        return files.write(file, () -> ScenarioWriter.write(file, name, Texts.format(texts, "file.scene.title", name), config, actions));
    }

    /** {@code lessons/my-scene.json} to {@code my-scene}. */
    static String sceneName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(ScenarioLoader.EXTENSION) ? name.substring(0, name.length() - ScenarioLoader.EXTENSION.length()) : name;
    }

    /** Writes the store picture as it is drawn now, at twice its size, as PNG. */
    public boolean exportPicture(Path file) {
        return files.write(file, () -> PictureExport.writePng(canvas.canvas(), file));
    }

    /** Writes the time-space diagram as it is drawn now, at twice its size, as PNG. */
    public boolean exportDiagram(Path file) {
        return files.write(file, () -> PictureExport.writePng(diagram.canvas(), file));
    }

    /** Records the last {@link #GIF_SECONDS} seconds of playback, at the current speed, as an animated GIF. */
    public boolean recordGif(Path file) {
        return recordGif(file, GIF_SECONDS);
    }

    boolean recordGif(Path file, double seconds) {
        return files.write(file, () -> new GifRecorder(texts).record(model, seconds, canvas.canvas().getWidth(),
                canvas.canvas().getHeight(), file));
    }

    /** Writes every event of the trace so far, with the checker's verdicts, as CSV. */
    public boolean exportTraceCsv(Path file) {
        return files.write(file, () -> ReplacedFile.writeString(file,
                TraceCsv.write(TraceRows.of(model.session().store().trace(), model.reportProperty().get()))));
    }

    /** Writes every event of the trace so far, with the checker's verdicts, as JSON. */
    public boolean exportTraceJson(Path file) {
        return files.write(file, () -> ReplacedFile.writeString(file,
                TraceJson.write(TraceRows.of(model.session().store().trace(), model.reportProperty().get()))));
    }
}
