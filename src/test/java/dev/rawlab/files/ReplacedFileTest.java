package dev.rawlab.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@link ReplacedFile} replaces a file: a finished write takes the old file's place, and
 * whatever fails (a writer that throws midway or reports it cannot write, a target that is a
 * folder, a missing folder) leaves the old file byte for byte and no temporary file beside it.
 */
class ReplacedFileTest {

    /** Bytes no text encoding would produce by chance, so a change of any one shows. */
    private static final byte[] OLD = {'o', 'l', 'd', 0, (byte) 0xFF, (byte) 0xFE, '\r', '\n', 42};

    @TempDir
    Path folder;
    private Path target;

    @BeforeEach
    void anOldFile() throws IOException {
        target = folder.resolve("scene.json");
        Files.write(target, OLD);
    }

    private List<Path> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private List<Path> temporaryFiles() throws IOException {
        return filesInFolder().stream().filter(path -> path.getFileName().toString().endsWith(".tmp")).toList();
    }

    @Test
    void aWriteReplacesTheOldContents() throws IOException {
        ReplacedFile.write(target, new byte[] {1, 2, 3});

        assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
        assertThat(filesInFolder()).containsExactly(target);
    }

    @Test
    void textIsWrittenInUtf8() throws IOException {
        ReplacedFile.writeString(target, "Zoë wrote “v2”\n");

        assertThat(Files.readAllBytes(target)).isEqualTo("Zoë wrote “v2”\n".getBytes(StandardCharsets.UTF_8));
        assertThat(filesInFolder()).containsExactly(target);
    }

    @Test
    void aFileThatDidNotExistIsCreated() throws IOException {
        Path fresh = folder.resolve("fresh.csv");

        ReplacedFile.writeString(fresh, "a,b\n");

        assertThat(Files.readString(fresh)).isEqualTo("a,b\n");
        assertThat(filesInFolder()).containsExactlyInAnyOrder(target, fresh);
    }

    @Test
    void aWriterThatFailsMidwayLeavesTheOldFileByteForByteAndNoTemporaryFile() throws IOException {
        IOException diskFull = new IOException("No space left on device");
        byte[] half = new byte[200_000];

        assertThatThrownBy(() -> ReplacedFile.writeWith(target, out -> {
            out.write(half);
            out.flush();
            // The new bytes went to a temporary file beside the target, not into it.
            assertThat(temporaryFiles()).singleElement().satisfies(temp -> assertThat(Files.size(temp)).isEqualTo(half.length));
            assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
            throw diskFull;
        })).isSameAs(diskFull);

        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(filesInFolder()).containsExactly(target);
    }

    @Test
    void aWriterThatBreaksWithAnUncheckedExceptionLeavesTheOldFileToo() throws IOException {
        assertThatThrownBy(() -> ReplacedFile.writeWith(target, out -> {
            out.write(new byte[] {9, 9, 9});
            throw new IllegalStateException("a bug in the writer");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(filesInFolder()).containsExactly(target);
    }

    @Test
    void aWriterThatReportsItCannotWriteFailsAndKeepsTheOldFile() throws IOException {
        assertThatThrownBy(() -> ReplacedFile.writeWith(target, out -> {
            out.write(new byte[] {9, 9, 9});
            return false;
        })).isInstanceOf(IOException.class).hasMessageContaining("scene.json");

        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(filesInFolder()).containsExactly(target);
    }

    @Test
    void imageIoWithoutAWriterForTheFormatFailsAndKeepsTheOldFile() throws IOException {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);

        assertThatThrownBy(() -> ReplacedFile.writeWith(target, out -> ImageIO.write(image, "no-such-format", out)))
                .isInstanceOf(IOException.class);

        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(filesInFolder()).containsExactly(target);
    }

    @Test
    void imageIoWithAWriterReplacesTheFile() throws IOException {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);

        ReplacedFile.writeWith(target, out -> ImageIO.write(image, "png", out));

        assertThat(ImageIO.read(target.toFile()).getWidth()).isEqualTo(4);
        assertThat(filesInFolder()).containsExactly(target);
    }

    @Test
    void aTargetThatIsAFolderFailsAndLeavesNoTemporaryFile() throws IOException {
        Path occupied = folder.resolve("occupied.json");
        Files.createDirectory(occupied);

        assertThatThrownBy(() -> ReplacedFile.writeString(occupied, "new")).isInstanceOf(IOException.class);

        assertThat(occupied).isDirectory();
        assertThat(filesInFolder()).containsExactlyInAnyOrder(target, occupied);
    }

    @Test
    void aFileInAMissingFolderFailsAndCreatesNothing() {
        Path nowhere = folder.resolve("no-such-folder").resolve("scene.json");

        assertThatThrownBy(() -> ReplacedFile.writeString(nowhere, "new")).isInstanceOf(IOException.class);

        assertThat(nowhere.getParent()).doesNotExist();
    }

    @Test
    void aLinkedTargetReplacesTheFileItPointsToAndTheLinkStays() throws IOException {
        Path link = folder.resolve("link.json");
        Files.createSymbolicLink(link, target.getFileName());

        ReplacedFile.writeString(link, "through the link");

        assertThat(link).isSymbolicLink();
        assertThat(Files.readString(target)).isEqualTo("through the link");
        assertThat(filesInFolder()).containsExactlyInAnyOrder(target, link);
    }

    @Test
    void moveOverPutsTheFinishedFileInPlaceOfTheOldOne() throws IOException {
        Path temp = folder.resolve("scene.json.new.tmp");
        Files.writeString(temp, "finished");

        ReplacedFile.moveOver(temp, target);

        assertThat(Files.readString(target)).isEqualTo("finished");
        assertThat(filesInFolder()).containsExactly(target);
    }

    @Test
    void nothingChangesUntilCommitAndDiscardLeavesTheOldFile() throws IOException {
        ReplacedFile file = ReplacedFile.start(target);
        file.out().write(new byte[] {7, 7, 7});

        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        file.discard();

        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(filesInFolder()).containsExactly(target);
    }
}
