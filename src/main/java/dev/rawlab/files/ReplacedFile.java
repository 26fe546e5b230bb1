package dev.rawlab.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written in full before it replaces its target: the bytes go to a temporary file in the
 * target's folder, which {@link #commit} moves over the target in one step (atomically where the
 * file system can), so a crash or a failure midway leaves the old target as it was and no half
 * file. {@link #discard} (and a failed commit) deletes the temporary file. The temporary file is
 * created with the usual permissions for a new file, not the owner-only ones of
 * {@link Files#createTempFile}, since it becomes the user's file. A target that is a symbolic link
 * to a file replaces the file it points to; the link stays.
 *
 * <p>Every file the program saves goes through here: whole contents with {@link #write},
 * {@link #writeString} or {@link #writeWith} (for code that writes to a stream, such as
 * {@code ImageIO.write}), contents written piece by piece with {@link #start} (the GIF's frames),
 * and {@link #moveOver} alone for a caller that fills its temporary file some other way (the
 * learner's progress).
 */
public final class ReplacedFile {

    private static final int BUFFER_BYTES = 1 << 16;

    /**
     * Writes a file's new contents to a stream, without closing it. Returns false when it could not
     * write them, as {@code ImageIO.write} does when it has no writer for the format.
     */
    @FunctionalInterface
    public interface StreamWriter {
        boolean writeTo(OutputStream out) throws IOException;
    }

    private final Path target;
    private final Path temp;
    private final OutputStream out;

    private ReplacedFile(Path target, Path temp, OutputStream out) {
        this.target = target;
        this.temp = temp;
        this.out = out;
    }

    /** Replaces {@code target} with {@code bytes}; on failure the target is as it was and no temporary file is left. */
    public static void write(Path target, byte[] bytes) throws IOException {
        writeWith(target, out -> {
            out.write(bytes);
            return true;
        });
    }

    /** Replaces {@code target} with {@code text} in UTF-8; on failure the target is as it was and no temporary file is left. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Replaces {@code target} with what {@code writer} writes. If the writer throws or returns
     * false (then with an {@link IOException}), or the new file cannot be moved in place, the
     * target is as it was and no temporary file is left.
     */
    public static void writeWith(Path target, StreamWriter writer) throws IOException {
        ReplacedFile file = start(target);
        boolean written;
        try {
            written = writer.writeTo(file.out());
        } catch (Throwable e) {
            file.discard();
            throw e;
        }
        if (!written) {
            file.discard();
            throw new IOException("no writer could write " + target.getFileName() + "; it is unchanged");
        }
        file.commit();
    }

    /** Starts the new contents of {@code target}; nothing changes there until {@link #commit}. */
    public static ReplacedFile start(Path target) throws IOException {
        Path absolute = followLink(target.toAbsolutePath());
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        Path temp = absolute.resolveSibling(absolute.getFileName() + "." + suffix + ".tmp");
        OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new ReplacedFile(absolute, temp, new BufferedOutputStream(out, BUFFER_BYTES));
    }

    /** The file a link points to, so that the link survives; anything else (a dangling link too) as it is. */
    private static Path followLink(Path absolute) throws IOException {
        return Files.isSymbolicLink(absolute) && Files.exists(absolute) ? absolute.toRealPath() : absolute;
    }

    /**
     * Moves the finished {@code temp} over {@code target} in one step, atomically where the file
     * system can and else by plainly replacing it. Both must be in the same folder (the same file
     * system, at least). On failure {@code temp} is left where it was, for the caller to delete.
     */
    public static void moveOver(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Where the new contents go (buffered); {@link #commit} and {@link #discard} close it. */
    public OutputStream out() {
        return out;
    }

    /** Closes the new contents and moves them over the target; on failure the temporary file is deleted and the target is untouched. */
    public void commit() throws IOException {
        try {
            out.close();
            moveOver(temp, target);
        } catch (IOException | RuntimeException e) {
            discard();
            throw e;
        }
    }

    /** Gives up: the temporary file is closed and deleted, the target stays as it was. */
    public void discard() {
        try {
            out.close();
        } catch (IOException e) {
            // Deleting it is all that is left to do.
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // A leftover temporary file beside the target; the target itself is untouched.
        }
    }
}
