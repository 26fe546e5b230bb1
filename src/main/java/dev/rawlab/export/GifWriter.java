package dev.rawlab.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes frames as an animated GIF that loops forever, with the JDK's own GIF writer (no extra
 * library): each frame gets its delay in a graphic control extension, the first one the NETSCAPE2.0
 * loop extension. The writer builds a palette for a frame in full colour (slowly); a frame already
 * indexed by a {@link GifPalette} is written as it is.
 */
public final class GifWriter {

    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private GifWriter() {
    }

    /**
     * Delays in hundredths of a second (the GIF's unit) for {@code frames} frames shown at
     * {@code framesPerSecond}: rounded so that their sum keeps to the real duration.
     */
    public static int[] delaysCentis(int frames, double framesPerSecond) {
        int[] delays = new int[frames];
        for (int i = 0; i < frames; i++) {
            delays[i] = (int) (Math.round((i + 1) * 100 / framesPerSecond) - Math.round(i * 100 / framesPerSecond));
        }
        return delays;
    }

    /** Writes {@code frames} (all one size) to {@code file}, frame i shown for {@code delaysCentis[i]} hundredths of a second. */
    public static void write(List<BufferedImage> frames, int[] delaysCentis, Path file) throws IOException {
        if (frames.isEmpty() || delaysCentis.length != frames.size()) {
            throw new IllegalArgumentException(frames.size() + " frames, " + delaysCentis.length + " delays");
        }
        try (Sequence sequence = open(file)) {
            for (int i = 0; i < frames.size(); i++) {
                sequence.add(frames.get(i), delaysCentis[i]);
            }
        }
    }

    /** Starts a GIF at {@code file} (replacing it), to be given its frames one by one, so they need not all be kept. */
    public static Sequence open(Path file) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("this Java has no GIF writer");
        }
        Files.deleteIfExists(file);
        ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile());
        if (out == null) {
            throw new IOException("cannot write " + file);
        }
        ImageWriter writer = writers.next();
        writer.setOutput(out);
        writer.prepareWriteSequence(null);
        return new Sequence(writer, out);
    }

    /** A GIF being written: {@link #add} each frame, then {@link #close}. */
    public static final class Sequence implements AutoCloseable {
        private final ImageWriter writer;
        private final ImageOutputStream out;
        private final ImageWriteParam param;
        private int frames;

        private Sequence(ImageWriter writer, ImageOutputStream out) {
            this.writer = writer;
            this.out = out;
            this.param = writer.getDefaultWriteParam();
        }

        /** Adds a frame shown for {@code delayCentis} hundredths of a second. */
        public void add(BufferedImage image, int delayCentis) throws IOException {
            BufferedImage frame = rgb(image);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
            describe(metadata, delayCentis, frames == 0, frame.getColorModel());
            writer.writeToSequence(new IIOImage(frame, null, metadata), param);
            frames++;
        }

        public int frames() {
            return frames;
        }

        @Override
        public void close() throws IOException {
            try {
                writer.endWriteSequence();
            } finally {
                writer.dispose();
                out.close();
            }
        }
    }

    /** Sets the frame's delay, and on the first frame the loop-forever extension. */
    private static void describe(IIOMetadata metadata, int delayCentis, boolean first, java.awt.image.ColorModel colours)
            throws IOException {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        if (colours instanceof java.awt.image.IndexColorModel palette) {
            colourTable(root, palette);
        }
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentis));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode extension = new IIOMetadataNode("ApplicationExtension");
            extension.setAttribute("applicationID", "NETSCAPE");
            extension.setAttribute("authenticationCode", "2.0");
            // Sub-block 1, then the loop count as a little-endian short: 0 loops forever.
            extension.setUserObject(new byte[] {1, 0, 0});
            child(root, "ApplicationExtensions").appendChild(extension);
        }
        metadata.setFromTree(FORMAT, root);
    }

    /**
     * The frame's own colours as its local colour table: the writer's default table for an indexed
     * image type is a generic one, not the image's palette.
     */
    private static void colourTable(IIOMetadataNode root, java.awt.image.IndexColorModel palette) {
        IIOMetadataNode table = child(root, "LocalColorTable");
        while (table.getFirstChild() != null) {
            table.removeChild(table.getFirstChild());
        }
        int size = 2;
        while (size < palette.getMapSize()) {
            size *= 2;
        }
        table.setAttribute("sizeOfLocalColorTable", Integer.toString(size));
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < size; i++) {
            int rgb = i < palette.getMapSize() ? palette.getRGB(i) : 0;
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString(rgb >> 16 & 0xFF));
            entry.setAttribute("green", Integer.toString(rgb >> 8 & 0xFF));
            entry.setAttribute("blue", Integer.toString(rgb & 0xFF));
            table.appendChild(entry);
        }
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
    }

    /**
     * The frame without alpha: a GIF has one transparent colour at most, and the canvas has none. An
     * indexed frame ({@link GifPalette}) is written as it is.
     */
    private static BufferedImage rgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getColorModel() instanceof java.awt.image.IndexColorModel) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
