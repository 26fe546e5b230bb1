package dev.rawlab.export;

import com.madgag.gif.fmsware.AnimatedGifEncoder;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;

/**
 * The GIF encoder of {@code com.madgag:animated-gif-lib}, told to take a frame that is already
 * indexed (one {@link GifPalette} for the whole GIF) as it is: its pixels' indices and its palette
 * become the frame's colour table, where the library would otherwise build a palette for every
 * frame with its NeuQuant network (about 30 ms for a frame of 800 x 500 pixels, and slightly
 * different colours in each frame). Any other frame goes the library's own way. The library's
 * {@code getImagePixels} and {@code analyzePixels} are the hooks it leaves for this.
 */
final class PaletteGifEncoder extends AnimatedGifEncoder {

    private static final int MAX_COLOURS = 256;
    /** The library's code for the colour table's size: 2^(7+1) = 256 entries. */
    private static final int TABLE_SIZE_CODE = 7;
    private static final int BITS_PER_INDEX = 8;

    /** Whether the library can take {@code frame}'s own indices and palette. */
    static boolean isIndexed(BufferedImage frame) {
        return frame.getType() == BufferedImage.TYPE_BYTE_INDEXED
                && frame.getColorModel() instanceof IndexColorModel palette
                && palette.getMapSize() <= MAX_COLOURS;
    }

    @Override
    protected void getImagePixels() {
        if (!isIndexed(image)) {
            super.getImagePixels();
        }
    }

    @Override
    protected void analyzePixels() {
        if (!isIndexed(image)) {
            super.analyzePixels();
            return;
        }
        IndexColorModel palette = (IndexColorModel) image.getColorModel();
        colorTab = new byte[palette.getMapSize() * 3];
        for (int i = 0; i < palette.getMapSize(); i++) {
            int rgb = palette.getRGB(i);
            colorTab[i * 3] = (byte) (rgb >> 16);
            colorTab[i * 3 + 1] = (byte) (rgb >> 8);
            colorTab[i * 3 + 2] = (byte) rgb;
        }
        indexedPixels = (byte[]) image.getRaster().getDataElements(0, 0, width, height, null);
        usedEntry = new boolean[MAX_COLOURS];
        for (byte index : indexedPixels) {
            usedEntry[index & 0xFF] = true;
        }
        colorDepth = BITS_PER_INDEX;
        palSize = TABLE_SIZE_CODE;
    }
}
