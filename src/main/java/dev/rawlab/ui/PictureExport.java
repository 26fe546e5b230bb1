package dev.rawlab.ui;

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
 * slide or a handout. Runs on the JavaFX thread (a snapshot must).
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

    /** Writes {@link #picture(Canvas)} to {@code file} as PNG. */
    static void writePng(Canvas canvas, Path file) throws IOException {
        if (!ImageIO.write(picture(canvas), "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }
}
