package dev.rawlab.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rawlab.files.ReplacedFile;
import dev.rawlab.i18n.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Keeps the learner's {@link Progress} as JSON in one file of the data folder. Saving writes a
 * temporary file beside it and moves that over the old one atomically ({@link ReplacedFile#moveOver}:
 * plainly replacing it where the file system cannot move atomically), so a crash mid-save leaves
 * the old file whole. A file that cannot be read or understood is moved aside as a timestamped
 * backup, the learner gets a sentence saying so, and the program goes on with fresh progress.
 * Nothing here throws at the learner: a save that fails returns its sentence too.
 */
public final class ProgressStore {

    /** The file's name in the data folder. */
    public static final String FILE_NAME = "progress.json";

    /** Writes the bytes of a save into the temporary file (the tests hand in one that fails half-way). */
    @FunctionalInterface
    public interface BytesWriter {
        void write(Path file, byte[] bytes) throws IOException;
    }

    /** What loading found: the progress, and a sentence for the learner if something was wrong. */
    public record Loaded(Progress progress, Optional<Text> message) {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final BytesWriter writer;
    private final Clock clock;

    /** The store in {@code folder}, writing with {@link Files#write} and stamping backups with the system clock. */
    public ProgressStore(Path folder) {
        this(folder, Files::write, Clock.systemUTC());
    }

    public ProgressStore(Path folder, BytesWriter writer, Clock clock) {
        this.folder = folder;
        this.writer = writer;
        this.clock = clock;
    }

    /** The store in the user's data folder ({@link DataFolder#forThisUser()}). */
    public static ProgressStore forThisUser() {
        return new ProgressStore(DataFolder.forThisUser());
    }

    /** The progress file itself. */
    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    /** The saved progress; none if nothing was saved yet; fresh, with a sentence, if the file was unusable. */
    public Loaded load() {
        Path file = file();
        if (!Files.exists(file)) {
            return new Loaded(Progress.NONE, Optional.empty());
        }
        try {
            Progress progress = MAPPER.readValue(Files.readString(file), Progress.class);
            if (progress == null) {
                throw new JsonProcessingException("empty progress file") { };
            }
            return new Loaded(progress, Optional.empty());
        } catch (NoSuchFileException e) {
            return new Loaded(Progress.NONE, Optional.empty());
        } catch (IOException | RuntimeException e) {
            return new Loaded(Progress.NONE, Optional.of(setAside(file)));
        }
    }

    /** Moves the unusable file aside and says where it went (or that even that failed). */
    private Text setAside(Path file) {
        Path backup = file.resolveSibling(FILE_NAME + ".broken-" + STAMP.format(clock.instant()));
        try {
            Files.move(file, backup, StandardCopyOption.REPLACE_EXISTING);
            return Text.of("lesson.progress.setAside", backup.toString());
        } catch (IOException e) {
            return Text.of("lesson.progress.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** Saves {@code progress}; empty when it was saved, else the sentence for the learner (the old file is untouched). */
    public Optional<Text> save(Progress progress) {
        Path temp = null;
        try {
            Files.createDirectories(folder);
            byte[] bytes = MAPPER.writeValueAsBytes(progress);
            temp = Files.createTempFile(folder, FILE_NAME, ".tmp");
            writer.write(temp, bytes);
            ReplacedFile.moveOver(temp, file());
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            return Optional.of(Text.of("lesson.progress.notSaved", file().toString(), String.valueOf(e.getMessage())));
        }
    }

    /** Forgets all progress: the file is deleted. Empty when done, else the sentence saying why not. */
    public Optional<Text> reset() {
        try {
            Files.deleteIfExists(file());
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(Text.of("lesson.progress.notReset", file().toString(), String.valueOf(e.getMessage())));
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // A stray temporary file is harmless: the next save makes a new one, and the old progress is intact.
        }
    }
}
