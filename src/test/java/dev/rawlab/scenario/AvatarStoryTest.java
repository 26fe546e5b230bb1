package dev.rawlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.check.CheckReport;
import dev.rawlab.check.CheckedOperation;
import dev.rawlab.check.Verdict;
import dev.rawlab.store.OpKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The story from the source, played from the real preset file: the GET right after the PUT lands on
 * replica B, 80 ms behind, and gets 404; the GET 200 ms later lands on replica A and gets 200.
 */
class AvatarStoryTest {

    private final ScenarioRun run = ScenarioPlayer.play(
            ScenarioLoader.load(Path.of("lessons", "scenarios", "avatar-story.json")).scenario().orElseThrow());
    private final CheckReport report = run.check();

    private List<CheckedOperation> gets() {
        return report.operations().stream().filter(checked -> checked.operation().op() == OpKind.GET).toList();
    }

    @Test
    void theTwoReadsGetExactly404Then200() {
        assertThat(gets()).extracting(checked -> checked.operation().status()).containsExactly(404, 200);
    }

    @Test
    void theCheckerCallsThemStale404ThenFresh() {
        assertThat(gets()).extracting(CheckedOperation::verdict).containsExactly(Verdict.STALE_404, Verdict.FRESH);
    }

    @Test
    void theFirstReadHitsBAndTheSecondA() {
        assertThat(gets()).extracting(checked -> checked.operation().node()).containsExactly("B", "A");
    }

    @Test
    void theMissedReadBreaksAlicesReadYourWrites() {
        assertThat(report.summary().rywViolations()).isEqualTo(1);
        assertThat(gets().get(0).readYourWritesViolation()).isTrue();
    }
}
