package dev.rawlab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Seeded streams: the same seed gives the same numbers, and each concern has numbers of its own. */
class RandomStreamsTest {

    private static final int DRAWS = 64;

    private static long[] draw(RandomGenerator random, int count) {
        return LongStream.generate(random::nextLong).limit(count).toArray();
    }

    @Test
    void theSameSeedGivesTheSameNumbersForEveryConcern() {
        RandomStreams first = new RandomStreams(2020);
        RandomStreams second = new RandomStreams(2020);

        for (Concern concern : Concern.values()) {
            assertThat(draw(second.stream(concern, 3), DRAWS)).as(concern.name())
                    .containsExactly(draw(first.stream(concern, 3), DRAWS));
        }
    }

    @Test
    void theNumbersArePinnedSoEveryJvmAndEveryReleaseReplaysTheSameRun() {
        RandomStreams streams = new RandomStreams(1);

        assertThat(streams.stream(Concern.REPLICATION_LAG).nextLong()).isEqualTo(GOLDEN_LAG_FIRST);
        assertThat(streams.stream(Concern.NETWORK, 2).nextLong()).isEqualTo(GOLDEN_NETWORK_2_FIRST);
    }

    @Test
    void differentConcernsDrawDifferentNumbersFromTheSameSeed() {
        RandomStreams streams = new RandomStreams(7);
        Set<Long> seeds = new HashSet<>();
        Set<Long> firstNumbers = new HashSet<>();

        for (Concern concern : Concern.values()) {
            seeds.add(streams.streamSeed(concern, 0));
            firstNumbers.add(streams.stream(concern).nextLong());
        }

        assertThat(seeds).hasSize(Concern.values().length);
        assertThat(firstNumbers).hasSize(Concern.values().length);
    }

    @Test
    void theStreamsOfOneConcernDifferByIndex() {
        RandomStreams streams = new RandomStreams(7);
        Set<Long> firstNumbers = new HashSet<>();

        for (int index = 0; index < 17; index++) {
            firstNumbers.add(streams.stream(Concern.REPLICATION_LAG, index).nextLong());
        }

        assertThat(firstNumbers).hasSize(17);
    }

    @Test
    void differentSeedsGiveDifferentNumbers() {
        long[] one = draw(new RandomStreams(1).stream(Concern.NETWORK), DRAWS);
        long[] two = draw(new RandomStreams(2).stream(Concern.NETWORK), DRAWS);

        assertThat(one).isNotEqualTo(two);
    }

    @Test
    void drawingMoreFromOneConcernDoesNotShiftTheNumbersOfAnother() {
        RandomStreams quiet = new RandomStreams(99);
        RandomStreams busy = new RandomStreams(99);
        RandomGenerator quietLag = quiet.stream(Concern.REPLICATION_LAG);
        RandomGenerator busyLag = busy.stream(Concern.REPLICATION_LAG);
        RandomGenerator busyNetwork = busy.stream(Concern.NETWORK);
        RandomGenerator busyBalancer = busy.stream(Concern.LOAD_BALANCER);

        long[] expected = new long[DRAWS];
        long[] actual = new long[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            expected[i] = quietLag.nextLong();
            for (int extra = 0; extra < i % 5; extra++) {
                busyNetwork.nextDouble();
                busyBalancer.nextInt(3);
            }
            actual[i] = busyLag.nextLong();
        }

        assertThat(actual).containsExactly(expected);
    }

    @Test
    void theStreamIsSplitMix64SeededWithTheDocumentedMix() {
        RandomStreams streams = new RandomStreams(123_456_789L);
        long streamSeed = streams.streamSeed(Concern.WORKLOAD, 4);

        assertThat(streams.stream(Concern.WORKLOAD, 4).nextLong())
                .isEqualTo(new SplittableRandom(streamSeed).nextLong())
                .isEqualTo(RandomStreams.mix64(streamSeed + 0x9E3779B97F4A7C15L));
    }

    @Test
    void theSplitMix64FinaliserMatchesItsPublishedConstants() {
        assertThat(RandomStreams.mix64(0)).isZero();
        assertThat(RandomStreams.mix64(1)).isEqualTo(GOLDEN_MIX64_OF_ONE);
    }

    /** Pinned outputs; a change here means every saved scenario replays differently. */
    private static final long GOLDEN_LAG_FIRST = 445581260479143848L;
    private static final long GOLDEN_NETWORK_2_FIRST = 4293214256477217306L;
    private static final long GOLDEN_MIX64_OF_ONE = 0x5692161D100B05E5L;
}
