package dev.rawlab.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One 256-colour palette for every frame of a GIF, so that the GIF encoder ({@link GifWriter})
 * writes each frame's colours as they are instead of building a palette for each frame itself
 * (slowly, and differently from frame to frame): the colours a sample of frames uses most
 * (the flat fills of the picture come out exact), then a 6x6x6 colour cube for everything else
 * (the edges of shapes and text). Each pixel takes the nearest palette colour; no dithering, which
 * keeps flat areas flat and the file small.
 */
public final class GifPalette {

    /** Colours taken as they are from the sample frames; the rest of the 256 is the colour cube. */
    static final int EXACT_COLOURS = 40;
    private static final int CUBE_LEVELS = 6;
    /** A direct-mapped cache of colour to palette index, since a frame has few distinct colours. */
    private static final int CACHE_SIZE = 1 << 16;

    private final int[] colours;
    private final IndexColorModel model;
    private final int[] cacheKeys = new int[CACHE_SIZE];
    private final byte[] cacheValues = new byte[CACHE_SIZE];

    private GifPalette(int[] colours) {
        this.colours = colours;
        byte[] r = new byte[colours.length];
        byte[] g = new byte[colours.length];
        byte[] b = new byte[colours.length];
        for (int i = 0; i < colours.length; i++) {
            r[i] = (byte) (colours[i] >> 16);
            g[i] = (byte) (colours[i] >> 8);
            b[i] = (byte) colours[i];
        }
        this.model = new IndexColorModel(8, colours.length, r, g, b);
        java.util.Arrays.fill(cacheKeys, -1);
    }

    /** A palette for frames that look like {@code samples}. */
    public static GifPalette of(List<BufferedImage> samples) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (BufferedImage sample : samples) {
            for (int y = 0; y < sample.getHeight(); y++) {
                for (int x = 0; x < sample.getWidth(); x++) {
                    counts.merge(sample.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
                }
            }
        }
        int cube = CUBE_LEVELS * CUBE_LEVELS * CUBE_LEVELS;
        int[] colours = new int[EXACT_COLOURS + cube];
        List<Integer> frequent = counts.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed()).limit(EXACT_COLOURS)
                .map(Map.Entry::getKey).toList();
        for (int i = 0; i < EXACT_COLOURS; i++) {
            colours[i] = i < frequent.size() ? frequent.get(i) : 0;
        }
        int i = EXACT_COLOURS;
        for (int r = 0; r < CUBE_LEVELS; r++) {
            for (int g = 0; g < CUBE_LEVELS; g++) {
                for (int b = 0; b < CUBE_LEVELS; b++) {
                    colours[i++] = level(r) << 16 | level(g) << 8 | level(b);
                }
            }
        }
        return new GifPalette(colours);
    }

    private static int level(int step) {
        return step * 255 / (CUBE_LEVELS - 1);
    }

    /** {@code image} in this palette's colours, as an indexed image, which the GIF encoder writes with exactly these colours. */
    public BufferedImage indexed(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        BufferedImage indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, model);
        byte[] target = ((DataBufferByte) indexed.getRaster().getDataBuffer()).getData();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                target[y * width + x] = index(row[x] & 0xFFFFFF);
            }
        }
        return indexed;
    }

    private byte index(int rgb) {
        int slot = (rgb ^ (rgb >>> 16) * 31) & (CACHE_SIZE - 1);
        if (cacheKeys[slot] == rgb) {
            return cacheValues[slot];
        }
        byte nearest = (byte) nearest(rgb);
        cacheKeys[slot] = rgb;
        cacheValues[slot] = nearest;
        return nearest;
    }

    private int nearest(int rgb) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < colours.length; i++) {
            int dr = r - (colours[i] >> 16 & 0xFF);
            int dg = g - (colours[i] >> 8 & 0xFF);
            int db = b - (colours[i] & 0xFF);
            // Weighted as the eye weighs them: green most, blue least.
            int distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }
}
