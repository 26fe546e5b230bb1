package dev.rawlab.export;

import dev.rawlab.files.ReplacedFile;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes frames as an animated GIF that loops forever, with the GIF encoder of
 * {@code com.madgag:animated-gif-lib} (Kevin Weiner's encoder, kept on Maven Central by Roberto
 * Tyley): the NETSCAPE2.0 loop extension first, then each frame with its delay, left in place for
 * the next one. The GIF's screen is the first frame's size, and every frame must have that size.
 *
 * <p>Colours: a frame already indexed by a {@link GifPalette}, which is how the recorder hands
 * frames over, is written with exactly those colours ({@link PaletteGifEncoder}); that takes about
 * 2.5 ms for a frame of 800 x 500 pixels. Any other frame gets a palette of its own from the
 * library's NeuQuant quantiser (about 30 ms). A GIF has no alpha, so a translucent frame is laid on
 * white first.
 *
 * <p>The GIF is written to a temporary file in the target's folder and moved over the target on
 * {@link Sequence#close} ({@link ReplacedFile}): until then, and whenever writing fails, the old
 * file stays as it was.
 */
public final class GifWriter {

    /** The largest delay a GIF holds: an unsigned 16-bit count of hundredths of a second. */
    static final int MAX_DELAY_CENTIS = 0xFFFF;
    private static final int LOOP_FOREVER = 0;
    /** The GIF's disposal method 1: a frame stays in place under the next. */
    private static final int LEAVE_IN_PLACE = 1;
    private static final int MILLIS_PER_CENTI = 10;

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
        private final FailureWatch out;
        private final PaletteGifEncoder encoder = new PaletteGifEncoder();
        private int widthPixels;
        private int heightPixels;
        private int frames;
        private boolean discarded;
        private boolean closed;

        private Sequence(ReplacedFile file) throws IOException {
            this.file = file;
            this.out = new FailureWatch(file.out());
            if (!encoder.start(out)) {
                file.discard();
                throw out.failure("cannot start the GIF");
            }
            encoder.setRepeat(LOOP_FOREVER);
            encoder.setDispose(LEAVE_IN_PLACE);
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
            if (frames == 0) {
                widthPixels = image.getWidth();
                heightPixels = image.getHeight();
            } else if (image.getWidth() != widthPixels || image.getHeight() != heightPixels) {
                throw new IllegalArgumentException("a frame of " + image.getWidth() + "x" + image.getHeight()
                        + " pixels in a GIF of " + widthPixels + "x" + heightPixels);
            }
            // The library counts in milliseconds and rounds them to hundredths of a second.
            encoder.setDelay(delayCentis * MILLIS_PER_CENTI);
            if (!encoder.addFrame(opaque(image))) {
                throw out.failure("the GIF encoder refused a frame");
            }
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
            if (!encoder.finish()) {
                file.discard();
                throw out.failure("cannot finish the GIF");
            }
            file.commit();
        }
    }

    /** The frame as it is, or laid on white if it is translucent (the library would lay it on black). */
    private static BufferedImage opaque(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /**
     * The stream the library writes to, keeping the first failure: the library reports failures
     * only as {@code false}, and this gives the reason back.
     */
    private static final class FailureWatch extends FilterOutputStream {
        private IOException failure;

        FailureWatch(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw kept(e);
            }
        }

        /** Keeps {@code e} if it is the first failure, and gives it back to be thrown. */
        private IOException kept(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }

        /** The first failure, or a new one saying {@code what} failed. */
        IOException failure(String what) {
            return failure != null ? failure : new IOException(what);
        }
    }
}
