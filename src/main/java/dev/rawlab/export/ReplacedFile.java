package dev.rawlab.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
 * {@link Files#createTempFile}, since it becomes the user's file.
 */
final class ReplacedFile {

    private static final int BUFFER_BYTES = 1 << 16;

    private final Path target;
    private final Path temp;
    private final OutputStream out;

    private ReplacedFile(Path target, Path temp, OutputStream out) {
        this.target = target;
        this.temp = temp;
        this.out = out;
    }

    /** Starts the new contents of {@code target}; nothing changes there until {@link #commit}. */
    static ReplacedFile start(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        Path temp = absolute.resolveSibling(absolute.getFileName() + "." + suffix + ".tmp");
        OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new ReplacedFile(absolute, temp, new BufferedOutputStream(out, BUFFER_BYTES));
    }

    /** Where the new contents go (buffered); {@link #commit} and {@link #discard} close it. */
    OutputStream out() {
        return out;
    }

    /** Closes the new contents and moves them over the target; on failure the temporary file is deleted and the target is untouched. */
    void commit() throws IOException {
        try {
            out.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            discard();
            throw e;
        }
    }

    /** Gives up: the temporary file is closed and deleted, the target stays as it was. */
    void discard() {
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
