package dev.rawlab.export;

import com.squareup.gifencoder.DisposalMethod;
import com.squareup.gifencoder.GifEncoder;
import com.squareup.gifencoder.ImageOptions;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Writes frames as an animated GIF that loops forever, with Square's GIF encoder library
 * ({@code com.squareup:gifencoder}): the NETSCAPE2.0 loop extension first, then each frame with its
 * delay, left in place for the next one. The GIF's screen is the first frame's size, and every
 * frame must have that size.
 *
 * <p>Colours: the encoder writes a frame of 256 distinct colours or fewer exactly, as its own local
 * colour table, which is how the recorder hands frames over (mapped to one {@link GifPalette}), so
 * they are never quantised. A frame with more colours (an image not mapped to a palette) is left to
 * the library, which quantises it (median cut) and dithers it (Floyd-Steinberg): correct, but
 * slower still. Even without quantising, the library's compression takes about 0.1 s for a frame
 * of 800 x 328 pixels. A GIF has no alpha, so a translucent frame is laid on white first.
 *
 * <p>The GIF is written to a temporary file in the target's folder and moved over the target on
 * {@link Sequence#close} ({@link ReplacedFile}): until then, and whenever writing fails, the old
 * file stays as it was.
 */
public final class GifWriter {

    /** The largest delay a GIF holds: an unsigned 16-bit count of hundredths of a second. */
    static final int MAX_DELAY_CENTIS = 0xFFFF;
    private static final int LOOP_FOREVER = 0;

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

    /**
     * Starts a GIF to replace {@code file}, to be given its frames one by one, so they need not all
     * be kept. {@code file} itself is untouched until the sequence is closed.
     */
    public static Sequence open(Path file) throws IOException {
        return new Sequence(ReplacedFile.start(file));
    }

    /**
     * A GIF being written: {@link #add} each frame, then {@link #close}, which puts the GIF in place
     * of the target. If anything fails on the way, {@link #discard} it (a failed {@link #add} does so
     * itself): the target then stays as it was and close writes nothing.
     */
    public static final class Sequence implements AutoCloseable {
        private final ReplacedFile file;
        /** Made at the first frame, whose size becomes the screen's. */
        private GifEncoder encoder;
        private int widthPixels;
        private int heightPixels;
        private int frames;
        private boolean discarded;
        private boolean closed;

        private Sequence(ReplacedFile file) {
            this.file = file;
        }

        /** Adds a frame shown for {@code delayCentis} hundredths of a second; if it fails, the whole GIF is discarded. */
        public void add(BufferedImage image, int delayCentis) throws IOException {
            if (closed || discarded) {
                throw new IllegalStateException("the GIF is already " + (closed ? "closed" : "discarded"));
            }
            try {
                encode(image, delayCentis);
                frames++;
            } catch (Throwable e) {
                discard();
                throw e;
            }
        }

        private void encode(BufferedImage image, int delayCentis) throws IOException {
            if (delayCentis < 0 || delayCentis > MAX_DELAY_CENTIS) {
                throw new IllegalArgumentException("a delay of " + delayCentis + " hundredths of a second");
            }
            if (encoder == null) {
                widthPixels = image.getWidth();
                heightPixels = image.getHeight();
                encoder = new GifEncoder(file.out(), widthPixels, heightPixels, LOOP_FOREVER);
            } else if (image.getWidth() != widthPixels || image.getHeight() != heightPixels) {
                throw new IllegalArgumentException("a frame of " + image.getWidth() + "x" + image.getHeight()
                        + " pixels in a GIF of " + widthPixels + "x" + heightPixels);
            }
            ImageOptions options = new ImageOptions()
                    .setDelay(delayCentis * 10L, TimeUnit.MILLISECONDS)
                    .setDisposalMethod(DisposalMethod.DO_NOT_DISPOSE);
            encoder.addImage(rgb(image), widthPixels, options);
        }

        /** How many frames have been added. */
        public int frames() {
            return frames;
        }

        /** Gives the GIF up: the temporary file is deleted, the target stays as it was, and close fails without writing. */
        public void discard() {
            if (!closed && !discarded) {
                discarded = true;
                file.discard();
            }
        }

        /**
         * Ends the GIF and moves it over the target. Fails, leaving the target as it was, when the
         * GIF was discarded, has no frame, or cannot be finished or moved.
         */
        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (discarded) {
                throw new IOException("the GIF was discarded; nothing was written");
            }
            if (frames == 0) {
                file.discard();
                throw new IOException("a GIF needs at least one frame; nothing was written");
            }
            try {
                encoder.finishEncoding();
            } catch (IOException | RuntimeException e) {
                file.discard();
                throw e;
            }
            file.commit();
        }
    }

    /** The frame's pixels as 0xRRGGBB, row by row; a translucent frame is laid on white first. */
    private static int[] rgb(BufferedImage image) {
        BufferedImage opaque = image.getColorModel().hasAlpha() ? onWhite(image) : image;
        return opaque.getRGB(0, 0, opaque.getWidth(), opaque.getHeight(), null, 0, opaque.getWidth());
    }

    private static BufferedImage onWhite(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
