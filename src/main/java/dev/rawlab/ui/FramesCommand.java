package dev.rawlab.ui;

import dev.rawlab.experiment.StressScene;
import dev.rawlab.sim.Micros;
import dev.rawlab.store.Action;
import dev.rawlab.store.TimedAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code raw-lab frames}: opens the real window, plays the default scene and then the stress scene
 * (16 replicas, about 2,000 messages in flight) for a few seconds each, and prints the frame
 * probe's median and 99th-percentile frame interval and draw time. Needs a display (run it under
 * {@code xvfb-run -a} on a machine without one); use {@code -Dprism.order=sw} for software rendering.
 */
@Command(name = "frames", mixinStandardHelpOptions = true, resourceBundle = "dev.rawlab.cli.help")
public final class FramesCommand implements Callable<Integer> {

    @Option(names = "--seconds", descriptionKey = "frames.seconds", defaultValue = "5")
    double seconds;

    @Option(names = "--warmup", descriptionKey = "frames.warmup", defaultValue = "2")
    double warmupSeconds;

    @Option(names = "--scene", descriptionKey = "frames.scene", defaultValue = "both")
    Scenes scenes;

    /** The scenes a run measures. */
    enum Scenes { both, normal, stress }

    @Override
    public Integer call() throws InterruptedException {
        List<String> lines = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        int first = scenes == Scenes.stress ? 1 : 0;
        int last = scenes == Scenes.normal ? 1 : 2;
        Platform.startup(() -> measure(first, last, lines, done));
        boolean finished = done.await((long) (4 * (seconds + warmupSeconds) + 60), TimeUnit.SECONDS);
        lines.forEach(System.out::println);
        Platform.exit();
        return finished ? 0 : 1;
    }

    private void measure(int index, int last, List<String> lines, CountDownLatch done) {
        if (index == last) {
            done.countDown();
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle("dev.rawlab.ui.messages");
        LabViewModel model = new LabViewModel(MainWindow.defaultConfig());
        String name = index == 0 ? "default" : "stress";
        if (index == 0) {
            model.load(MainWindow.defaultConfig(), avatarLoop());
        } else {
            model.load(StressScene.config(), StressScene.script(3_000));
            model.seek(Micros.ofMillis(400));
        }
        MainWindow window = new MainWindow(model, texts);
        Stage stage = new Stage();
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
        PlaybackClock clock = new PlaybackClock(model, window.probe(), stage);
        model.playingProperty().set(true);
        clock.start();
        PauseTransition warmup = new PauseTransition(Duration.seconds(warmupSeconds));
        warmup.setOnFinished(w -> {
            window.probe().restart();
            PauseTransition run = new PauseTransition(Duration.seconds(seconds));
            run.setOnFinished(r -> {
                FrameProbe.Figures figures = window.probe().figures();
                lines.add(String.format(Locale.ROOT, texts.getString("frames.line"),
                        name, figures.frames(), figures.frameMedianMillis(), figures.frameP99Millis(), figures.framesPerSecond(),
                        figures.drawMedianMillis(), figures.drawP99Millis(), model.snapshot().messages().size()));
                clock.stop();
                stage.close();
                measure(index + 1, last, lines, done);
            });
            run.play();
        });
        warmup.play();
    }

    /** The avatar story over and over: a PUT, a GET right after, a GET by another viewer. */
    private static List<TimedAction> avatarLoop() {
        List<TimedAction> script = new ArrayList<>();
        for (int round = 0; round < 200; round++) {
            long start = Micros.ofMillis(round * 40.0);
            script.add(new TimedAction(start, new Action.Put("alice", "avatar.png", "cat" + round + ".png")));
            script.add(new TimedAction(start + Micros.ofMillis(5), new Action.Get("alice", "avatar.png")));
            script.add(new TimedAction(start + Micros.ofMillis(6), new Action.Get("bob", "avatar.png")));
        }
        return script;
    }
}
