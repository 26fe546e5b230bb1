package dev.rawlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.check.Percentiles;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Percentiles by selection equal percentiles by sorting, on many shapes and sizes, ties included. */
class SelectedPercentilesTest {

    @Test
    void selectionGivesTheSamePercentilesAsSorting() {
        SplittableRandom random = new SplittableRandom(4);
        for (int size : new int[] {1, 2, 3, 7, 10, 999, 1_000, 1_001, 25_000}) {
            for (int range : new int[] {1, 3, 1_000, Integer.MAX_VALUE}) {
                long[] values = new long[size];
                for (int i = 0; i < size; i++) {
                    values[i] = random.nextInt(range);
                }
                Percentiles sorted = Percentiles.of(values.clone());

                assertThat(SelectedPercentiles.of(values.clone())).as("size %d, range %d", size, range).isEqualTo(sorted);
            }
        }
    }

    @Test
    void noSampleGivesNoPercentile() {
        assertThat(SelectedPercentiles.of(new long[0]).count()).isZero();
        assertThat(SelectedPercentiles.of(new long[0]).p50Millis()).isNaN();
    }
}
