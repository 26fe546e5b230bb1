package dev.rawlab.ui;

import dev.rawlab.files.ReplacedFile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/**
 * Writes what a canvas shows as a PNG at {@link #SCALE} times its size on screen, sharp enough for a
 * slide or a handout (and any picture as PNG, for the chart of the Experiments panel). Runs on the
 * JavaFX thread (a snapshot must).
 */
final class PictureExport {

    /** How many image pixels per screen pixel, each way. */
    static final double SCALE = 2;

    private PictureExport() {
    }

    /** The canvas as an image {@link #SCALE} times its size. */
    static BufferedImage picture(Canvas canvas) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(SCALE, SCALE));
        WritableImage image = canvas.snapshot(parameters, null);
        return SwingFXUtils.fromFXImage(image, null);
    }

    /** Writes {@link #picture(Canvas)} to {@code file} as PNG; if that fails, an earlier file there stays as it was. */
    static void writePng(Canvas canvas, Path file) throws IOException {
        writePng(picture(canvas), file);
    }

    /**
     * Writes {@code image} to {@code file} as PNG, in full before it replaces the file there
     * ({@link ReplacedFile}); no PNG writer is an {@link IOException} too.
     */
    static void writePng(BufferedImage image, Path file) throws IOException {
        ReplacedFile.writeWith(file, out -> ImageIO.write(image, "png", out));
    }
}
