package dev.rawlab.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
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

/**
 * GIFs written by {@link GifWriter} and read back by the JDK's reader: three coloured frames with
 * their delays and the loop, a palette-mapped frame's colours exact, a frame of more than 256
 * colours quantised to the right size, a translucent frame laid on white.
 */
class GifWriterTest {

    private static final Color BACKGROUND = new Color(0xF7, 0xF9, 0xFC);
    private static final Color FILL = new Color(0xE8, 0xF1, 0xFB);

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
            IIOMetadataNode loop = child(first, "ApplicationExtension");
            assertThat(loop.getAttribute("applicationID")).isEqualTo("NETSCAPE");
            // Sub-block 1, then the loop count as a little-endian short: 0 loops forever.
            assertThat((byte[]) loop.getUserObject()).containsExactly(1, 0, 0);
            assertThat(reader.read(0).getWidth()).isEqualTo(40);
            assertThat(reader.read(0).getHeight()).isEqualTo(30);
            assertThat(new Color(reader.read(0).getRGB(20, 15))).isEqualTo(Color.RED);
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

    @Test
    void aPaletteMappedFrameComesBackPixelForPixel() throws Exception {
        BufferedImage picture = picture(160, 100);
        assertThat(distinctColours(picture)).as("edges and shading: more colours than a GIF holds").isGreaterThan(256);
        BufferedImage indexed = GifPalette.of(List.of(picture)).indexed(picture);
        Path file = folder.resolve("picture.gif");

        GifWriter.write(List.of(indexed), new int[] {10}, file);

        BufferedImage back = ImageIO.read(file.toFile());
        assertThat(pixels(back)).containsExactly(pixels(indexed));
        assertThat(new Color(back.getRGB(2, 2))).isEqualTo(BACKGROUND);
        assertThat(new Color(back.getRGB(40, 40))).isEqualTo(FILL);
    }

    @Test
    void aFrameOfMoreThan256ColoursIsQuantisedToTheRightSize() throws Exception {
        BufferedImage gradient = new BufferedImage(120, 90, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 90; y++) {
            for (int x = 0; x < 120; x++) {
                gradient.setRGB(x, y, (x * 2) << 16 | (y * 2) << 8 | 128);
            }
        }
        assertThat(distinctColours(gradient)).isEqualTo(120L * 90);
        Path file = folder.resolve("gradient.gif");

        GifWriter.write(List.of(gradient, gradient), new int[] {5, 5}, file);

        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(2);
            BufferedImage back = reader.read(1);
            assertThat(back.getWidth()).isEqualTo(120);
            assertThat(back.getHeight()).isEqualTo(90);
            assertThat(distinctColours(back)).isBetween(2L, 256L);
            assertThat(meanDifference(gradient, back)).isLessThan(12);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void aTranslucentFrameIsLaidOnWhite() throws Exception {
        BufferedImage clear = new BufferedImage(20, 10, BufferedImage.TYPE_INT_ARGB);
        Path file = folder.resolve("clear.gif");

        GifWriter.write(List.of(clear), new int[] {5}, file);

        assertThat(new Color(ImageIO.read(file.toFile()).getRGB(10, 5))).isEqualTo(Color.WHITE);
    }

    /** Something like the store canvas: a flat background, a box with a border, anti-aliased text and circles, a shaded bar. */
    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, width, height);
        g.setColor(FILL);
        g.fillRoundRect(10, 10, 80, 50, 12, 12);
        g.setColor(new Color(0x4A, 0x55, 0x68));
        g.setStroke(new BasicStroke(1.5f));
        g.drawRoundRect(10, 10, 80, 50, 12, 12);
        g.setColor(new Color(0xDD, 0x6B, 0x20));
        g.fillOval(100, 20, 31, 31);
        g.setColor(new Color(0x2B, 0x6C, 0xB0));
        g.fillOval(112, 40, 40, 40);
        g.setColor(new Color(0x1A, 0x20, 0x2C));
        g.drawString("replica 2 v7", 14, 85);
        g.setPaint(new GradientPaint(0, 0, new Color(0x2B, 0x6C, 0xB0), width, 0, new Color(0xFD, 0xEC, 0xEC)));
        g.fillRect(0, height - 8, width, 8);
        g.dispose();
        return image;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static long distinctColours(BufferedImage image) {
        return java.util.Arrays.stream(pixels(image)).map(rgb -> rgb & 0xFFFFFF).distinct().count();
    }

    /** The mean difference per colour channel, 0 to 255. */
    private static double meanDifference(BufferedImage a, BufferedImage b) {
        int[] pa = pixels(a);
        int[] pb = pixels(b);
        long sum = 0;
        for (int i = 0; i < pa.length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                sum += Math.abs((pa[i] >> shift & 0xFF) - (pb[i] >> shift & 0xFF));
            }
        }
        return sum / (3.0 * pa.length);
    }
}
