package dev.rawlab.ui;

import dev.rawlab.check.CheckReport;
import dev.rawlab.check.LiveChecker;
import dev.rawlab.export.GifPalette;
import dev.rawlab.export.GifWriter;
import dev.rawlab.sim.Micros;
import dev.rawlab.store.Session;
import dev.rawlab.store.StoreSnapshot;
import dev.rawlab.ui.canvas.AnswerBadge;
import dev.rawlab.ui.canvas.SceneLayout;
import dev.rawlab.ui.canvas.StoreRenderer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/**
 * Records the last seconds of the animation as an animated GIF without looking at the screen: the
 * model is deterministic, so a fresh session replays the same config and action log, and each
 * frame is the store drawn offscreen at a simulated time between now minus the seconds times the
 * playback speed and now, {@link #FRAMES_PER_SECOND} frames per second of playback. Frames wider
 * than {@link #MAX_WIDTH} are drawn smaller; all are mapped to one {@link GifPalette} made from the
 * frame of now, so the GIF encoder ({@link GifWriter}) writes their colours as they are instead of
 * building a palette for each frame. The file is replaced only once every frame is written: if drawing or
 * writing fails, the old file stays. Runs on the JavaFX thread.
 */
final class GifRecorder {

    static final double FRAMES_PER_SECOND = 15;
    /** The widest frame written, in pixels: GIFs are for slides and chat, and stay small. */
    static final double MAX_WIDTH = 800;

    private final ResourceBundle texts;

    GifRecorder(ResourceBundle texts) {
        this.texts = texts;
    }

    /**
     * Writes to {@code file} the last {@code seconds} of playback of {@code model} as drawn on a
     * canvas of {@code width} by {@code height}; returns the number of frames (fewer when the run is
     * shorter than that, one at time 0).
     */
    int record(LabViewModel model, double seconds, double width, double height, Path file) throws IOException {
        Session live = model.session();
        long now = live.nowMicros();
        double stepMicros = model.speedProperty().get() * Micros.PER_SECOND / FRAMES_PER_SECOND;
        long spanMicros = Math.round(seconds * FRAMES_PER_SECOND * stepMicros);
        long start = Math.max(0, now - spanMicros);
        int frames = (int) Math.floor((now - start) / stepMicros + 1e-9) + 1;
        int[] delays = GifWriter.delaysCentis(frames, FRAMES_PER_SECOND);
        Frames drawn = new Frames(width, height, model.selectedOperationProperty().get());
        GifPalette palette = GifPalette.of(List.of(drawn.draw(model.snapshot(), model.reportProperty().get())));
        Session replay = new Session(live.config(), live.log());
        LiveChecker checker = new LiveChecker();
        GifWriter.Sequence gif = GifWriter.open(file);
        try {
            for (int i = 0; i < frames; i++) {
                replay.advanceTo(now - Math.round((frames - 1 - i) * stepMicros));
                CheckReport report = checker.update(replay.store().trace());
                gif.add(palette.indexed(drawn.draw(replay.store().snapshot(), report)), delays[i]);
            }
        } catch (Throwable e) {
            // A frame that cannot be drawn leaves the old file, not a GIF cut short.
            gif.discard();
            throw e;
        }
        gif.close();
        return frames;
    }

    /** Draws frames of one size on one offscreen canvas, scaled down to {@link #MAX_WIDTH} if wider. */
    private final class Frames {
        private final double width;
        private final double height;
        private final double scale;
        private final long selected;
        private final Canvas canvas;
        private final StoreRenderer renderer = new StoreRenderer(texts);

        Frames(double width, double height, long selected) {
            this.width = width;
            this.height = height;
            this.scale = Math.min(1, MAX_WIDTH / width);
            this.selected = selected;
            this.canvas = new Canvas(Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)));
        }

        BufferedImage draw(StoreSnapshot snapshot, CheckReport report) {
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.save();
            g.scale(scale, scale);
            renderer.draw(g, new SceneLayout(snapshot, width, height), snapshot, AnswerBadge.latestPerUser(report), selected,
                    java.util.Set.of());
            g.restore();
            return SwingFXUtils.fromFXImage(canvas.snapshot(null, null), null);
        }
    }
}
