package dev.rawlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.rawlab.store.Action;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.TimedAction;
import dev.rawlab.store.Topology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Saving a scene over an earlier one on a disk that fills up halfway through the save: the save
 * fails and the earlier scene file is still there, byte for byte, and still opens. The disk is an
 * in-memory file system (Jimfs) with a size limit, so "full" is exact and nothing real fills up.
 */
class ScenarioWriterFileTest {

    private static final int BLOCK_BYTES = 64;
    private static final StoreConfig CONFIG = StoreConfig.of(Topology.OBJECT_STORE, 2).withSeed(7);

    private static List<TimedAction> puts(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new TimedAction(i * 1_000L, new Action.Put("alice", "key-" + i, "body-" + i)))
                .toList();
    }

    private static long roundUpToBlocks(long bytes) {
        return (bytes + BLOCK_BYTES - 1) / BLOCK_BYTES * BLOCK_BYTES;
    }

    @Test
    void aSaveThatRunsOutOfSpaceLeavesTheEarlierSceneAsItWas() throws IOException {
        List<TimedAction> earlierActions = puts(2);
        List<TimedAction> laterActions = puts(200);
        byte[] earlier = ScenarioWriter.write("scene", "Scene", CONFIG, earlierActions).getBytes(StandardCharsets.UTF_8);
        byte[] later = ScenarioWriter.write("scene", "Scene", CONFIG, laterActions).getBytes(StandardCharsets.UTF_8);
        // Room for the earlier file and half the later one: too little for the later file, whether
        // it is written beside the earlier one or over it.
        long diskBytes = roundUpToBlocks(earlier.length) + roundUpToBlocks(later.length / 2);
        assertThat(later.length).isGreaterThan((int) diskBytes);
        Configuration smallDisk = Configuration.unix().toBuilder().setBlockSize(BLOCK_BYTES).setMaxSize(diskBytes).build();

        try (FileSystem disk = Jimfs.newFileSystem(smallDisk)) {
            Path folder = Files.createDirectories(disk.getPath("/home/teacher/scenes"));
            Path file = folder.resolve("scene.json");
            ScenarioWriter.write(file, "scene", "Scene", CONFIG, earlierActions);
            assertThat(file).hasBinaryContent(earlier);

            assertThatThrownBy(() -> ScenarioWriter.write(file, "scene", "Scene", CONFIG, laterActions))
                    .isInstanceOf(IOException.class);

            assertThat(file).hasBinaryContent(earlier);
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files).containsExactly(file);
            }
            Scenario reopened = ScenarioLoader.load(file).scenario().orElseThrow();
            assertThat(reopened.actions()).isEqualTo(earlierActions);
        }
    }
}
