package dev.rawlab.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three coloured frames written as a GIF and read back by the JDK: three frames, their delays, looping, their colours. */
class GifWriterTest {

    @TempDir
    Path folder;

    private static BufferedImage frame(Color colour) {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 40, 30);
        g.dispose();
        return image;
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        return (IIOMetadataNode) parent.getElementsByTagName(name).item(0);
    }

    @Test
    void framesComeBackWithTheirDelaysAndTheLoop() throws Exception {
        Path file = folder.resolve("three.gif");
        GifWriter.write(List.of(frame(Color.RED), frame(Color.GREEN), frame(Color.BLUE)), new int[] {7, 6, 7}, file);

        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(3);
            List<String> delays = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                delays.add(child(root, "GraphicControlExtension").getAttribute("delayTime"));
            }
            assertThat(delays).containsExactly("7", "6", "7");
            IIOMetadataNode first = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            assertThat(child(first, "ApplicationExtension").getAttribute("applicationID")).isEqualTo("NETSCAPE");
            assertThat(new Color(reader.read(1).getRGB(20, 15))).isEqualTo(Color.GREEN);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void delaysAddUpToTheRealDuration() {
        int[] delays = GifWriter.delaysCentis(150, 15);

        assertThat(java.util.Arrays.stream(delays).sum()).isEqualTo(1000);
        assertThat(delays).containsOnly(6, 7);
    }

    @Test
    void aPaletteKeepsTheSamplesFlatColoursExactAndFindsNearOnesForTheRest() throws Exception {
        Color pastel = new Color(0xE8, 0xF1, 0xFB);
        GifPalette palette = GifPalette.of(List.of(frame(pastel)));

        BufferedImage indexed = palette.indexed(frame(pastel));
        BufferedImage other = palette.indexed(frame(new Color(250, 10, 12)));

        assertThat(new Color(indexed.getRGB(5, 5))).isEqualTo(pastel);
        Color near = new Color(other.getRGB(5, 5));
        assertThat(Math.abs(near.getRed() - 250) + near.getGreen() + near.getBlue()).isLessThan(40);
        Path file = folder.resolve("indexed.gif");
        GifWriter.write(List.of(indexed, other), new int[] {5, 5}, file);
        assertThat(new Color(ImageIO.read(file.toFile()).getRGB(5, 5))).isEqualTo(pastel);
    }
}
