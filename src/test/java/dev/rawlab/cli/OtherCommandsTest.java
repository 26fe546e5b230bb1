package dev.rawlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.i18n.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code raw-lab validate}, {@code raw-lab scenarios}, help, version and bad options. */
class OtherCommandsTest {

    private static final String GOOD = "{ \"topology\": \"single-node\", \"title\": \"%s\" }";

    @Test
    void validatePrintsEveryProblemWithItsPlaceAndExitsWithOne(@TempDir Path folder) throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\n  \"topology\": \"object-store\",\n  \"nodes\": 99\n}");
        Path good = Files.writeString(folder.resolve("good.json"), GOOD.formatted("Good"));

        CommandRun run = CommandRun.of("validate", good.toString(), broken.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(broken + ":3:12: nodes: A object-store store takes 0 to 16 nodes");
        assertThat(run.out()).contains(Text.of("cli.validate.ok", good.toString(), "good").format());
    }

    @Test
    void validateSaysOkForEachGoodFileAndExitsWithZero(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("one.json"), GOOD.formatted("One"));
        Files.writeString(folder.resolve("two.json"), GOOD.formatted("Two"));

        CommandRun run = CommandRun.of("validate", folder.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly(
                Text.of("cli.validate.ok", folder.resolve("one.json").toString(), "one").format(),
                Text.of("cli.validate.ok", folder.resolve("two.json").toString(), "two").format());
    }

    @Test
    void validateAcceptsEveryPreset() {
        CommandRun run = CommandRun.of("validate", "lessons/scenarios");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("avatar-story");
    }

    @Test
    void scenariosListsThePresetsByNameAndTitle() {
        CommandRun run = CommandRun.of("scenarios");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).anySatisfy(line -> assertThat(line).startsWith("avatar-story ")
                .endsWith("The avatar that vanished"));
        assertThat(run.out().lines().count()).isGreaterThanOrEqualTo(21);
    }

    @Test
    void scenariosListsAFolderAndReportsItsBrokenFiles(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("one.json"), GOOD.formatted("The first one"));
        Files.writeString(folder.resolve("two.json"), "{ \"topology\": \"ring\" }");

        CommandRun run = CommandRun.of("scenarios", "--dir", folder.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly("one  The first one");
        assertThat(run.err()).startsWith(folder.resolve("two.json") + ":1:15: topology: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "run", "validate", "scenarios"})
    void everyCommandHasHelp(String command) {
        CommandRun run = command.isEmpty() ? CommandRun.of("--help") : CommandRun.of(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: raw-lab" + (command.isEmpty() ? "" : " " + command));
    }

    @Test
    void versionPrintsTheVersion() {
        CommandRun run = CommandRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().trim()).isEqualTo(RawLabCommand.VERSION);
    }

    @Test
    void anUnknownOptionIsBadUsage() {
        CommandRun run = CommandRun.of("run", "avatar-story", "--colour");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--colour");
    }

    @Test
    void noSubcommandShowsTheUsageAndIsBadUsage() {
        CommandRun run = CommandRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Usage: raw-lab");
    }
}
