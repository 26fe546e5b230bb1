package dev.rawlab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@link GifWriter} replaces its file: the old file stays until the GIF is closed, and whatever
 * fails (a frame of the wrong size, no frame, a discarded GIF, a target that cannot be replaced)
 * leaves the old file as it was and no temporary file beside it.
 */
class GifWriterFileTest {

    private static final String OLD = "the GIF recorded yesterday";

    @TempDir
    Path folder;
    private Path target;

    @BeforeEach
    void anOldFile() throws IOException {
        target = folder.resolve("last.gif");
        Files.writeString(target, OLD, StandardCharsets.UTF_8);
    }

    private static BufferedImage frame(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    private List<Path> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void theOldFileStaysUntilTheGifIsClosed() throws Exception {
        GifWriter.Sequence gif = GifWriter.open(target);
        gif.add(frame(40, 30), 5);
        gif.add(frame(40, 30), 5);

        assertThat(Files.readString(target)).isEqualTo(OLD);
        assertThat(filesInFolder()).hasSize(2);

        gif.close();

        assertThat(filesInFolder()).containsExactly(target);
        assertThat(ImageIO.read(target.toFile()).getWidth()).isEqualTo(40);
        assertThat(gif.frames()).isEqualTo(2);
    }

    @Test
    void aFailedFrameLeavesTheOldFileAndNoTemporaryOne() throws Exception {
        GifWriter.Sequence gif = GifWriter.open(target);
        gif.add(frame(40, 30), 5);

        assertThatThrownBy(() -> gif.add(frame(50, 30), 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("50x30").hasMessageContaining("40x30");
        assertThatThrownBy(gif::close).isInstanceOf(IOException.class).hasMessageContaining("nothing was written");

        assertThat(filesInFolder()).containsExactly(target);
        assertThat(Files.readString(target)).isEqualTo(OLD);
    }

    @Test
    void aDiscardedGifLeavesTheOldFile() throws Exception {
        GifWriter.Sequence gif = GifWriter.open(target);
        gif.add(frame(40, 30), 5);

        gif.discard();

        assertThat(filesInFolder()).containsExactly(target);
        assertThatThrownBy(gif::close).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> gif.add(frame(40, 30), 5)).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(target)).isEqualTo(OLD);
    }

    @Test
    void aGifWithoutFramesIsNotWritten() throws Exception {
        GifWriter.Sequence gif = GifWriter.open(target);

        assertThatThrownBy(gif::close).isInstanceOf(IOException.class).hasMessageContaining("at least one frame");

        assertThat(filesInFolder()).containsExactly(target);
        assertThat(Files.readString(target)).isEqualTo(OLD);
    }

    @Test
    void aTargetThatCannotBeReplacedFailsOnCloseAndLeavesNoTemporaryFile() throws Exception {
        Path occupied = folder.resolve("occupied.gif");
        Files.createDirectory(occupied);
        Files.writeString(occupied.resolve("inside.txt"), OLD, StandardCharsets.UTF_8);
        GifWriter.Sequence gif = GifWriter.open(occupied);
        gif.add(frame(40, 30), 5);

        assertThatThrownBy(gif::close).isInstanceOf(IOException.class);

        assertThat(filesInFolder()).containsExactlyInAnyOrder(target, occupied);
        assertThat(Files.readString(occupied.resolve("inside.txt"))).isEqualTo(OLD);
    }

    @Test
    void aDelayAGifCannotHoldIsRefused() throws Exception {
        GifWriter.Sequence gif = GifWriter.open(target);

        assertThatThrownBy(() -> gif.add(frame(40, 30), GifWriter.MAX_DELAY_CENTIS + 1))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(filesInFolder()).containsExactly(target);
    }

    @Test
    void aFileInAMissingFolderFailsAtOnce() {
        Path nowhere = folder.resolve("no-such-folder").resolve("last.gif");

        assertThatThrownBy(() -> GifWriter.open(nowhere)).isInstanceOf(IOException.class);
        assertThat(Files.exists(nowhere.getParent())).isFalse();
    }
}
