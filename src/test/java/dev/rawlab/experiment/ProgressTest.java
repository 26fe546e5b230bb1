package dev.rawlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A long run reports every trial it finishes and stops when asked, at one thread or two. */
class ProgressTest {

    private static final WarsTrial TRIAL = new WarsTrial(WarsModel.Profile.LNKD_SSD.model(), 3, 1, 1, ObjectKind.NEW);
    private static final int TRIALS = 5 * ExperimentRunner.CHUNK_TRIALS + 3;

    private static Progress counting(AtomicInteger done, int stopAfter) {
        return new Progress() {
            @Override
            public void advanced(int trials) {
                done.addAndGet(trials);
            }

            @Override
            public boolean cancelled() {
                return done.get() >= stopAfter;
            }
        };
    }

    @Test
    void everyFinishedTrialIsReported() {
        for (int threads = 1; threads <= 2; threads++) {
            AtomicInteger done = new AtomicInteger();

            ExperimentRunner.run(TRIAL, new long[] {0, 1_000}, TRIALS, 1, threads, counting(done, Integer.MAX_VALUE));

            assertThat(done.get()).isEqualTo(TRIALS);
        }
    }

    @Test
    void aCancelledRunStopsBeforeTheNextChunk() {
        for (int threads = 1; threads <= 2; threads++) {
            int threadCount = threads;
            AtomicInteger done = new AtomicInteger();

            assertThatThrownBy(() -> ExperimentRunner.run(TRIAL, new long[] {0}, TRIALS, 1, threadCount, counting(done, 1)))
                    .isInstanceOf(CancellationException.class);
            assertThat(done.get()).isLessThan(TRIALS);
        }
    }
}
