package dev.rawlab.ui;

import dev.rawlab.scenario.Presets;
import dev.rawlab.scenario.Scenario;
import dev.rawlab.sim.LatencyDistribution;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.Topology;
import dev.rawlab.ui.canvas.StoreCanvas;
import dev.rawlab.ui.keys.HelpOverlay;
import dev.rawlab.ui.keys.Shortcut;
import dev.rawlab.ui.keys.Shortcuts;
import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Puts the window together: the canvas with its caption in the middle, the controls on the right,
 * the playback bar at the bottom. Owns no state beyond the parts it created.
 */
public final class MainWindow {

    /** The scene a first-time user sees: an object store whose replica B runs 80 ms behind. */
    public static StoreConfig defaultConfig() {
        return StoreConfig.of(Topology.OBJECT_STORE, 2)
                .withLags(List.of(LatencyDistribution.parse("const:10"), LatencyDistribution.parse("const:80")))
                .withSeed(42);
    }

    /**
     * The lesson's and the controls' width (px): the least in a window as narrow as a 1,366 px
     * laptop screen allows, growing with the window's width to the most, reached at about 1,500.
     */
    static final double SIDE_MIN_WIDTH = 300;
    static final double SIDE_MAX_WIDTH = 380;
    private static final double NARROW_WINDOW_WIDTH = 1_300;
    private static final double SIDE_GROWTH = 0.4;

    private final LabViewModel model;
    private final ResourceBundle texts;
    private final StoreCanvas canvas;
    private final Label caption = new Label();
    private final PlaybackBar playback;
    private final OperationsPanel operations;
    private final StorePanel store;
    private final ReplicaPanel replicas;
    private final FixesPanel fixes;
    private final PresetPicker presets;
    private final TimeSpaceDiagram diagram;
    private final EventLogView log;
    private final StatsPanel stats;
    private final ExperimentsPanel experiments;
    private final BorderPane root = new BorderPane();
    /** The whole window: the layout, with the help overlay over it. */
    private final StackPane frame = new StackPane();
    private final HelpOverlay help;
    private PresenterMode presenter;
    private final javafx.scene.control.MenuBar menus = new javafx.scene.control.MenuBar();
    private final javafx.beans.property.ObjectProperty<Theme> theme =
            new javafx.beans.property.SimpleObjectProperty<>(this, "theme", Theme.current());

    private final FrameProbe probe = new FrameProbe();
    private final FrameOverlay overlay;

    public MainWindow(LabViewModel model, ResourceBundle texts) {
        this(model, Presets.load().scenarios(), texts);
    }

    public MainWindow(LabViewModel model, List<Scenario> scenarios, ResourceBundle texts) {
        this.model = model;
        this.texts = texts;
        this.overlay = new FrameOverlay(probe, model, texts);
        this.canvas = new StoreCanvas(model.snapshotProperty(), model.reportProperty(), model.selectedOperationProperty(),
                model.spotlightProperty(), texts);
        this.playback = new PlaybackBar(model, texts);
        this.operations = new OperationsPanel(model, texts);
        this.store = new StorePanel(model, texts);
        this.replicas = new ReplicaPanel(model, texts);
        this.fixes = new FixesPanel(model, texts);
        this.presets = new PresetPicker(model, scenarios, texts);
        this.diagram = new TimeSpaceDiagram(model, texts);
        this.log = new EventLogView(model, texts);
        this.stats = new StatsPanel(model, texts);
        this.help = new HelpOverlay(texts);
        ExperimentsViewModel measuring = new ExperimentsViewModel(model.configProperty().get());
        // The experiments measure the scene the window shows: the store as loaded, with the fixes now in force.
        // (A newly loaded store starts with its config's strategy; later fixes come as strategy changes.)
        model.configProperty().addListener((obs, old, now) -> measuring.sceneProperty().set(now));
        model.snapshotProperty().addListener((obs, old, now) -> {
            if (old != null && !old.strategy().equals(now.strategy())) {
                measuring.sceneProperty().set(model.configProperty().get().withStrategy(now.strategy()));
            }
        });
        this.experiments = new ExperimentsPanel(measuring, texts);
        layoutParts();
        setupBindings();
        setupEventHandlers();
    }

    private void layoutParts() {
        canvas.setId("store-canvas");
        caption.setId("caption");
        caption.getStyleClass().add("caption");
        caption.setWrapText(true);
        caption.setMaxWidth(Double.MAX_VALUE);
        caption.setPadding(new Insets(8, 14, 8, 14));
        canvas.setOnDrawn(probe::drawn);
        StackPane picture = new StackPane(canvas, overlay);
        VBox top = new VBox(picture, caption);
        VBox.setVgrow(picture, Priority.ALWAYS);
        picture.setMinHeight(200);
        Tab logTab = lazyTab("log.title", log);
        log.onShowProperty().bind(logTab.selectedProperty());
        TabPane views = new TabPane(tab("diagram.title", diagram), logTab, lazyTab("experiments.tab", experiments));
        views.setId("bottom-views");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        ScrollPane statsScroll = new ScrollPane(stats);
        statsScroll.setId("stats-scroll");
        statsScroll.setFitToWidth(true);
        statsScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        statsScroll.setMinWidth(300);
        HBox bottom = new HBox(views, statsScroll);
        HBox.setHgrow(views, Priority.ALWAYS);
        bottom.setMinHeight(120);
        SplitPane centre = new SplitPane(top, bottom);
        centre.setId("centre-split");
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(bottom, false);
        VBox side = new VBox(4, operations, new Separator(), fixes, new Separator(), replicas, new Separator(),
                presets, new Separator(), store);
        side.setPadding(new Insets(6));
        side.prefWidthProperty().bind(sideWidth());
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setId("side-panel");
        root.setCenter(centre);
        root.setRight(sideScroll);
        Button keys = new Button(texts.getString("help.button"));
        keys.setId("help-button");
        Icons.decorate(keys, "mdi2k-keyboard", texts, "help.button.explain");
        keys.setOnAction(event -> help.toggle());
        ToggleButton presenting = new ToggleButton(texts.getString("presenter.toggle"));
        presenting.setId("presenter-toggle");
        Icons.decorate(presenting, "mdi2p-presentation-play", texts, "presenter.explain");
        presenter = new PresenterMode(root, frame, centre, bottom, sideScroll, canvas, texts);
        presenting.selectedProperty().bindBidirectional(presenter.onProperty());
        // Frame times are for checking speed, not for teaching: the View menu and F3 have them, the bar does not.
        playback.getChildren().addAll(presenting, keys);
        root.setBottom(playback);
        menus.getMenus().add(new ViewMenu(texts, theme, presenter.onProperty(), overlay.visibleProperty(), help::toggle).menu());
        menus.setId("menu-bar");
        root.setTop(menus);
        theme.addListener((obs, old, now) -> applyTheme());
        presenter.onProperty().addListener((obs, old, now) -> applyTheme());
        applyTheme();
        frame.getChildren().setAll(root, help);
        frame.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null) {
                shortcuts().install(scene);
                FocusInView.install(scene);
            }
        });
        frame.getStyleClass().add("app-root");
    }

    /** The chosen theme, or the projector theme while presenting. */
    private void applyTheme() {
        (presenter.onProperty().get() ? Theme.PROJECTOR : theme.get()).applyTo(frame);
    }

    /** Adds {@code menu} to the menu bar, before the View menu (the File menu goes first). */
    public void addMenu(javafx.scene.control.Menu menu) {
        menus.getMenus().add(menus.getMenus().size() - 1, menu);
    }

    /** The theme the window wears outside presenter mode. */
    public javafx.beans.property.ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The keyboard map: each shortcut does what its button does, through the same control. */
    private Shortcuts shortcuts() {
        return new Shortcuts()
                .on(Shortcut.PLAY, playback.play::fire)
                .on(Shortcut.STEP, playback.stepForward::fire)
                .on(Shortcut.STEP_BACK, playback.stepBack::fire)
                .on(Shortcut.PUT, operations.put::fire)
                .on(Shortcut.GET, operations.get::fire)
                .on(Shortcut.LIST, operations.list::fire)
                .on(Shortcut.RESET, playback.reset::fire)
                .on(Shortcut.FASTER, playback.speed::increment)
                .on(Shortcut.SLOWER, playback.speed::decrement)
                .on(Shortcut.PRESENTER, presenter::toggle)
                .on(Shortcut.LEAVE, () -> {
                    if (help.isVisible()) {
                        help.setVisible(false);
                    } else {
                        presenter.onProperty().set(false);
                    }
                })
                .on(Shortcut.FRAME_TIMES, () -> overlay.setVisible(!overlay.isVisible()))
                .on(Shortcut.HELP, help::toggle)
                .onPreset(presets::loadPreset);
    }

    /**
     * How wide the lesson and the controls are: 380 px in a window of 1,500 or more, less in a
     * smaller one (300 px on a 1,366 px laptop screen), so the picture and the tabs under it keep
     * their room.
     */
    private javafx.beans.binding.DoubleBinding sideWidth() {
        return javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(SIDE_MIN_WIDTH, Math.min(SIDE_MAX_WIDTH,
                        SIDE_MIN_WIDTH + (root.getWidth() - NARROW_WINDOW_WIDTH) * SIDE_GROWTH)),
                root.widthProperty());
    }

    private Tab tab(String key, javafx.scene.Node content) {
        Tab tab = new Tab(texts.getString(key), content);
        tab.setId("tab-" + key.substring(0, key.indexOf('.')));
        return tab;
    }

    /**
     * A tab whose content joins the window the first time the tab is chosen, so that the window's
     * first frame does not style and lay out views nobody is looking at yet.
     */
    private Tab lazyTab(String key, Node content) {
        Tab tab = tab(key, null);
        tab.selectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> selected, Boolean was, Boolean now) {
                if (now) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content);
                }
            }
        });
        return tab;
    }

    private void setupEventHandlers() {
        // Clicking a message or a user on the canvas follows that operation on the canvas, the diagram and the log.
        canvas.setOnMouseClicked(event -> model.selectedOperationProperty().set(
                canvas.operationAt(event.getX(), event.getY()).orElse(LabViewModel.NO_SELECTION)));
    }

    private void setupBindings() {
        caption.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.captionProperty().get().isEmpty() ? texts.getString("caption.none") : model.captionProperty().get(),
                model.captionProperty()));
    }

    /**
     * Puts the lesson panel at the left of the window, beside the canvas, with a button in the
     * playback bar to fold it away and back.
     */
    public void showLessons(Node lessons) {
        ScrollPane scroll = new ScrollPane(lessons);
        scroll.setFitToWidth(true);
        scroll.setId("lesson-side");
        scroll.prefWidthProperty().bind(sideWidth());
        scroll.setMinWidth(SIDE_MIN_WIDTH);
        root.setLeft(scroll);
        presenter.setLesson(scroll);
        ToggleButton shown = new ToggleButton(texts.getString("lesson.toggle"));
        shown.setId("lessons-shown");
        shown.setSelected(true);
        shown.setTooltip(new javafx.scene.control.Tooltip(texts.getString("lesson.toggle.explain")));
        shown.selectedProperty().addListener((obs, was, on) -> root.setLeft(on ? scroll : null));
        playback.getChildren().add(playback.getChildren().size() - 1, shown);
    }

    /** The whole window, to put in a scene. */
    public Parent root() {
        return frame;
    }

    /** Presenter mode: on, off, and its size. */
    public javafx.beans.property.BooleanProperty presentingProperty() {
        return presenter.onProperty();
    }

    public javafx.beans.property.DoubleProperty presenterScaleProperty() {
        return presenter.scaleProperty();
    }

    public StoreCanvas canvas() {
        return canvas;
    }

    public TimeSpaceDiagram diagram() {
        return diagram;
    }

    /** The frame-time probe the clock and the canvas report to. */
    public FrameProbe probe() {
        return probe;
    }

    /** Shows or hides the frame-time figures over the canvas. */
    public void showFrameTimes(boolean shown) {
        overlay.setVisible(shown);
    }
}
