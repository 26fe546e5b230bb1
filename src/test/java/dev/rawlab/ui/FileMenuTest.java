package dev.rawlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.App;
import dev.rawlab.store.Action;
import dev.rawlab.store.ReadMode;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.StoreSnapshot;
import dev.rawlab.store.Strategy;
import dev.rawlab.store.TimedAction;
import dev.rawlab.store.Topology;
import dev.rawlab.ui.canvas.StoreCanvas;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The File menu on a real window (the store canvas above the time-space diagram, the menu in a menu
 * bar), its work done through the methods the menu items call with the chosen path: a saved scene
 * opens to the identical run, a broken file changes nothing and says what is wrong where, the
 * pictures come out at twice their size and not blank, and the GIF moves.
 */
@ExtendWith(ApplicationExtension.class)
class FileMenuTest {

    private final ResourceBundle texts = ResourceBundle.getBundle(App.BUNDLE);
    private LabViewModel model;
    private StoreCanvas canvas;
    private TimeSpaceDiagram diagram;
    private FileMenu files;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        model = new LabViewModel(MainWindow.defaultConfig());
        canvas = new StoreCanvas(model.snapshotProperty(), model.reportProperty(), model.selectedOperationProperty(),
                model.spotlightProperty(), texts);
        diagram = new TimeSpaceDiagram(model, texts);
        files = new FileMenu(model, canvas, diagram, stage, texts);
        VBox views = new VBox(canvas, diagram);
        VBox.setVgrow(canvas, Priority.ALWAYS);
        BorderPane root = new BorderPane(views);
        root.setTop(new MenuBar(files.menu()));
        Scene scene = new Scene(root, 1000, 800);
        scene.getStylesheets().add(App.class.getResource(App.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }


    /** The avatar story, then a switch to consistent reads and a read that is fresh now; on to 150 ms. */
    private void playAScene() {
        Fx.ask(() -> {
            AvatarStory.play(model);
            model.apply(new Action.SetStrategy(Strategy.EVENTUAL.withRead(ReadMode.PRIMARY)));
            model.apply(new Action.Get("bob", AvatarStory.KEY));
            model.seek(150_000);
            return null;
        });
    }

    private String alertText(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#file-error").queryAs(DialogPane.class);
        return Fx.ask(() -> {
            String text = pane.getHeaderText() + "\n" + pane.getContentText();
            pane.getScene().getWindow().hide();
            return text;
        });
    }

    @Test
    void theMenuHasEveryItemInWords() {
        List<MenuItem> items = Fx.ask(() -> files.menu().getItems().filtered(item -> item.getId() != null));

        assertThat(items).extracting(MenuItem::getId).containsExactly("file-open", "file-save", "file-export-picture",
                "file-export-diagram", "file-record-gif", "file-export-csv", "file-export-json");
        assertThat(items).allSatisfy(item -> assertThat(item.getText()).isNotBlank());
        assertThat(Fx.ask(() -> files.menu().getText())).isEqualTo(texts.getString("file.menu"));
    }

    @Test
    void aSavedSceneOpensToTheIdenticalRun() throws Exception {
        playAScene();
        String trace = Fx.ask(() -> model.session().store().trace().text());
        StoreSnapshot snapshot = Fx.ask(model::snapshot);
        List<TimedAction> log = Fx.ask(() -> List.copyOf(model.session().log()));
        Path file = folder.resolve("my-scene.json");

        assertThat(Fx.ask(() -> files.saveScene(file))).isTrue();
        Fx.ask(() -> {
            model.load(StoreConfig.of(Topology.QUORUM, 3), List.of());
            return null;
        });
        assertThat(Fx.ask(() -> files.openScene(file))).isTrue();
        assertThat(Fx.ask(() -> model.nowMicrosProperty().get())).isZero();
        Fx.ask(() -> {
            model.seek(snapshot.nowMicros());
            return null;
        });

        assertThat(Fx.ask(() -> model.session().store().trace().text())).isEqualTo(trace).contains("route op#2 -> B (forced)", "-> 404");
        assertThat(Fx.ask(model::snapshot)).isEqualTo(snapshot);
        assertThat(Fx.ask(() -> model.session().log())).isEqualTo(log);
        assertThat(Files.readString(file)).contains("\"name\": \"my-scene\"", "\"read\": \"primary\"", "\"node\": \"B\"");
    }

    @Test
    void aBrokenScenarioFileChangesNothingAndSaysWhereItIsWrong(FxRobot robot) throws Exception {
        playAScene();
        String trace = Fx.ask(() -> model.session().store().trace().text());
        StoreSnapshot snapshot = Fx.ask(model::snapshot);
        List<TimedAction> log = Fx.ask(() -> List.copyOf(model.session().log()));
        StoreConfig config = Fx.ask(() -> model.configProperty().get());
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, String.join("\n",
                "{",
                "  \"topology\": \"object-store\",",
                "  \"actions\": [",
                "    { \"atMillis\": 0, \"do\": \"put\", \"user\": \"alice\", \"key\": \"k\", \"body\": \"b\" },",
                "    { \"atMillis\": 4, \"do\": \"get\", \"user\": \"alice\", \"key\": \"k\", \"node\": \"Z\" }",
                "  ]",
                "}", ""), StandardCharsets.UTF_8);

        assertThat(Fx.ask(() -> files.openScene(broken))).isFalse();
        String message = alertText(robot);

        assertThat(message).contains(texts.getString("file.open.refused"))
                .contains(broken + ":5:").contains("actions[1].node:").contains("Z");
        assertThat(Fx.ask(model::snapshot)).isEqualTo(snapshot);
        assertThat(Fx.ask(() -> model.session().log())).isEqualTo(log);
        assertThat(Fx.ask(() -> model.session().store().trace().text())).isEqualTo(trace);
        assertThat(Fx.ask(() -> model.configProperty().get())).isEqualTo(config);

        Path notJson = folder.resolve("picture.json");
        Files.writeString(notJson, "this is not JSON", StandardCharsets.UTF_8);
        assertThat(Fx.ask(() -> files.openScene(notJson))).isFalse();
        assertThat(alertText(robot)).contains(notJson + ":1:");
        assertThat(Fx.ask(model::snapshot)).isEqualTo(snapshot);
    }

    /** How many different colours the image has: a blank picture has one. */
    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    @Test
    void picturesComeOutAtTwiceTheirSizeAndShowSomething() throws Exception {
        playAScene();
        Path picture = folder.resolve("store.png");
        Path chart = folder.resolve("diagram.png");

        assertThat(Fx.ask(() -> files.exportPicture(picture))).isTrue();
        assertThat(Fx.ask(() -> files.exportDiagram(chart))).isTrue();

        BufferedImage store = ImageIO.read(picture.toFile());
        double width = Fx.ask(() -> canvas.canvas().getWidth());
        double height = Fx.ask(() -> canvas.canvas().getHeight());
        assertThat(width).isGreaterThan(300);
        assertThat(store.getWidth()).isEqualTo((int) (2 * width));
        assertThat(store.getHeight()).isEqualTo((int) (2 * height));
        assertThat(colours(store)).isGreaterThan(20);
        BufferedImage lanes = ImageIO.read(chart.toFile());
        assertThat(lanes.getWidth()).isEqualTo((int) (2 * Fx.ask(() -> diagram.canvas().getWidth())));
        assertThat(lanes.getHeight()).isEqualTo((int) (2 * Fx.ask(() -> diagram.canvas().getHeight())));
        assertThat(colours(lanes)).isGreaterThan(20);
    }

    @Test
    void theGifOfTheLastSecondsMoves() throws Exception {
        playAScene();
        Path file = folder.resolve("last.gif");

        assertThat(Fx.ask(() -> files.recordGif(file))).isTrue();

        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            int frames = reader.getNumImages(true);
            assertThat(frames).isGreaterThan(1);
            BufferedImage first = reader.read(0);
            BufferedImage last = reader.read(frames - 1);
            assertThat(first.getWidth()).isLessThanOrEqualTo((int) GifRecorder.MAX_WIDTH);
            assertThat(colours(last)).isGreaterThan(5);
            assertThat(pixels(first)).isNotEqualTo(pixels(last));
        } finally {
            reader.dispose();
        }
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void aFileThatCannotBeWrittenIsSaidSo(FxRobot robot) {
        Path nowhere = folder.resolve("no-such-folder").resolve("trace.csv");

        assertThat(Fx.ask(() -> files.exportTraceCsv(nowhere))).isFalse();
        assertThat(alertText(robot)).contains(nowhere.toString())
                .contains(Texts.format(texts, "file.write.noFolder", nowhere.getParent()));
        assertThat(Files.exists(nowhere)).isFalse();
    }

    @Test
    void theTraceExportsHaveOneRowPerEvent() throws Exception {
        playAScene();
        Path csv = folder.resolve("trace.csv");
        Path json = folder.resolve("trace.json");

        assertThat(Fx.ask(() -> files.exportTraceCsv(csv))).isTrue();
        assertThat(Fx.ask(() -> files.exportTraceJson(json))).isTrue();

        int events = Fx.ask(() -> model.session().store().trace().events().size());
        assertThat(Files.readAllLines(csv)).hasSize(events + 1).anySatisfy(line -> assertThat(line).contains(",stale-404,"));
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).get("events")).hasSize(events);
    }

    @Test
    void aNameTypedWithoutExtensionGetsTheOneOfItsKind() {
        assertThat(FileMenu.withExtension(Path.of("out", "scene"), "*.json")).isEqualTo(Path.of("out", "scene.json"));
        assertThat(FileMenu.withExtension(Path.of("out", "scene.txt"), "*.json")).isEqualTo(Path.of("out", "scene.txt"));
        assertThat(FileMenu.sceneName(Path.of("out", "my-scene.json"))).isEqualTo("my-scene");
    }

    @Test
    void aRefusedActionIsLeftOutAndTheSavedSceneStillOpens() throws Exception {
        playAScene();
        // A consistent read cannot also be forced onto replica B: the store refuses it and nothing changes.
        assertThat(Fx.ask(() -> model.apply(new Action.Get("alice", AvatarStory.KEY, "B", true)).accepted())).isFalse();
        String trace = Fx.ask(() -> model.session().store().trace().text());
        StoreSnapshot snapshot = Fx.ask(model::snapshot);
        Path file = folder.resolve("with-refusal.json");

        assertThat(Fx.ask(() -> files.saveScene(file))).isTrue();
        assertThat(Fx.ask(() -> files.openScene(file))).isTrue();
        Fx.ask(() -> {
            model.seek(snapshot.nowMicros());
            return null;
        });

        assertThat(trace).contains("refused GET");
        assertThat(Fx.ask(() -> model.session().store().trace().text()))
                .isEqualTo(trace.lines().filter(line -> !line.contains("] refused ")).map(line -> line + "\n")
                        .collect(java.util.stream.Collectors.joining()));
        assertThat(Fx.ask(model::snapshot)).isEqualTo(snapshot);
    }
}
