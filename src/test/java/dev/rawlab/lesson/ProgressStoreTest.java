package dev.rawlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.i18n.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved progress: round trip, a crash half-way through a save, a corrupt or unreadable file, reset. */
class ProgressStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T07:45:12Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private static Progress someProgress() {
        return Progress.NONE.withStepDone("01-avatar", "upload").withStepDone("01-avatar", "first-get")
                .withAnswer("01-avatar", "report-pdf", List.of("lost"), false)
                .withAnswer("01-avatar", "report-pdf", List.of("replica"), true);
    }

    @Test
    void progressSavedIsProgressLoaded() {
        ProgressStore store = new ProgressStore(folder.resolve("raw-lab"));

        assertThat(store.save(someProgress())).isEmpty();
        ProgressStore.Loaded loaded = store.load();

        assertThat(loaded.message()).isEmpty();
        assertThat(loaded.progress()).isEqualTo(someProgress());
        assertThat(loaded.progress().lesson("01-avatar").answers().get("report-pdf").tries()).isEqualTo(2);
    }

    @Test
    void nothingSavedYetIsNoProgressAndNoMessage() {
        ProgressStore.Loaded loaded = new ProgressStore(folder).load();

        assertThat(loaded.progress()).isEqualTo(Progress.NONE);
        assertThat(loaded.message()).isEmpty();
    }

    @Test
    void aCrashHalfWayThroughASaveLeavesTheOldFileWhole() throws IOException {
        new ProgressStore(folder).save(Progress.NONE.withStepDone("01-avatar", "upload"));
        String before = Files.readString(folder.resolve(ProgressStore.FILE_NAME));
        ProgressStore.BytesWriter crashing = (file, bytes) -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(bytes, 0, bytes.length / 2);
                throw new IOException("power cut");
            }
        };

        Optional<Text> message = new ProgressStore(folder, crashing, CLOCK).save(someProgress());

        assertThat(message).map(Text::key).contains("lesson.progress.notSaved");
        assertThat(Files.readString(folder.resolve(ProgressStore.FILE_NAME))).isEqualTo(before);
        assertThat(new ProgressStore(folder).load().progress()).isEqualTo(Progress.NONE.withStepDone("01-avatar", "upload"));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly(ProgressStore.FILE_NAME);
        }
    }

    @Test
    void aCorruptFileIsKeptAsideTheLearnerIsToldAndProgressStartsAfresh() throws IOException {
        Files.writeString(folder.resolve(ProgressStore.FILE_NAME), "{\"lessons\": {\"01-avatar\": {\"completedSt");
        ProgressStore store = new ProgressStore(folder, Files::write, CLOCK);

        ProgressStore.Loaded loaded = store.load();

        Path backup = folder.resolve("progress.json.broken-20261203T074512Z");
        assertThat(loaded.progress()).isEqualTo(Progress.NONE);
        assertThat(loaded.message()).contains(Text.of("lesson.progress.setAside", backup.toString()));
        assertThat(Files.readString(backup)).startsWith("{\"lessons\"");
        assertThat(folder.resolve(ProgressStore.FILE_NAME)).doesNotExist();
        assertThat(store.save(someProgress())).isEmpty();
        assertThat(store.load().progress()).isEqualTo(someProgress());
    }

    @Test
    void aFileOfTheWrongShapeCountsAsCorrupt() throws IOException {
        Files.writeString(folder.resolve(ProgressStore.FILE_NAME), "{\"lessons\": 5}");

        ProgressStore.Loaded loaded = new ProgressStore(folder, Files::write, CLOCK).load();

        assertThat(loaded.progress()).isEqualTo(Progress.NONE);
        assertThat(loaded.message()).map(Text::key).contains("lesson.progress.setAside");
    }

    @Test
    void resetDeletesTheSavedProgress() {
        ProgressStore store = new ProgressStore(folder);
        store.save(someProgress());

        assertThat(store.reset()).isEmpty();

        assertThat(store.file()).doesNotExist();
        assertThat(store.load().progress()).isEqualTo(Progress.NONE);
    }
}
