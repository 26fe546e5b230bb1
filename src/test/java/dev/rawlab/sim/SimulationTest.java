package dev.rawlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event loop: order by (time, sequence), and what step, advanceTo, reset and cancel do. */
class SimulationTest {

    private final Simulation simulation = new Simulation();
    private final List<String> fired = new ArrayList<>();

    private Runnable log(String name) {
        return () -> fired.add(name + "@" + simulation.nowMicros());
    }

    @Test
    void eventsFireInTimeOrderWhateverOrderTheyWereScheduledIn() {
        simulation.schedule(30, log("c"));
        simulation.schedule(10, log("a"));
        simulation.schedule(20, log("b"));

        simulation.advanceTo(100);

        assertThat(fired).containsExactly("a@10", "b@20", "c@30");
    }

    @Test
    void eventsDueAtTheSameTimeFireInTheOrderTheyWereScheduled() {
        for (String name : List.of("first", "second", "third", "fourth", "fifth")) {
            simulation.schedule(50, log(name));
        }

        simulation.advanceTo(50);

        assertThat(fired).containsExactly("first@50", "second@50", "third@50", "fourth@50", "fifth@50");
    }

    @Test
    void anEventScheduledForNowFromInsideAnEventFiresAfterTheEventsAlreadyWaitingAtThatTime() {
        simulation.schedule(10, () -> {
            fired.add("outer@" + simulation.nowMicros());
            simulation.after(0, log("inner"));
        });
        simulation.schedule(10, log("queued-before"));

        simulation.advanceTo(10);

        assertThat(fired).containsExactly("outer@10", "queued-before@10", "inner@10");
    }

    @Test
    void stepFiresOnlyTheNextEventAndMovesTheClockToItsTime() {
        simulation.schedule(7, log("a"));
        simulation.schedule(9, log("b"));

        boolean stepped = simulation.step();

        assertThat(stepped).isTrue();
        assertThat(fired).containsExactly("a@7");
        assertThat(simulation.nowMicros()).isEqualTo(7);
        assertThat(simulation.eventsFired()).isEqualTo(1);
        assertThat(simulation.nextEventMicros()).hasValue(9);
    }

    @Test
    void stepReportsFalseAndLeavesTheClockAloneWhenNothingIsScheduled() {
        simulation.advanceTo(40);

        assertThat(simulation.step()).isFalse();
        assertThat(simulation.nowMicros()).isEqualTo(40);
        assertThat(simulation.nextEventMicros()).isEmpty();
    }

    @Test
    void advanceToFiresEventsAtTheTargetButNotAfterItThenSetsTheClockToTheTarget() {
        simulation.schedule(100, log("on-target"));
        simulation.schedule(101, log("late"));

        simulation.advanceTo(100);

        assertThat(fired).containsExactly("on-target@100");
        assertThat(simulation.nowMicros()).isEqualTo(100);
        assertThat(simulation.nextEventMicros()).hasValue(101);
    }

    @Test
    void advanceToMovesTheClockEvenWhenNothingIsDue() {
        simulation.schedule(500, log("later"));

        simulation.advanceTo(250);

        assertThat(simulation.nowMicros()).isEqualTo(250);
        assertThat(fired).isEmpty();
    }

    @Test
    void advanceToFiresEventsThatEarlierEventsScheduledWithinTheWindow() {
        simulation.schedule(10, () -> simulation.after(5, log("chained")));

        simulation.advanceTo(15);

        assertThat(fired).containsExactly("chained@15");
    }

    @Test
    void theClockNeverGoesBack() {
        simulation.advanceTo(100);

        assertThatThrownBy(() -> simulation.advanceTo(99)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> simulation.schedule(99, log("past"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> simulation.after(-1, log("negative"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(simulation.nowMicros()).isEqualTo(100);
    }

    @Test
    void afterSchedulesRelativeToTheCurrentTime() {
        simulation.advanceTo(1_000);
        simulation.after(250, log("a"));

        simulation.advanceTo(2_000);

        assertThat(fired).containsExactly("a@1250");
    }

    @Test
    void aCancelledEventNeverFiresAndIsSkippedByNextEventTime() {
        Simulation.Timer cancelled = simulation.schedule(10, log("cancelled"));
        simulation.schedule(20, log("kept"));

        cancelled.cancel();

        assertThat(simulation.nextEventMicros()).hasValue(20);
        simulation.advanceTo(100);
        assertThat(fired).containsExactly("kept@20");
        assertThat(simulation.eventsFired()).isEqualTo(1);
    }

    @Test
    void cancellingTwiceOrAfterFiringChangesNothing() {
        Simulation.Timer timer = simulation.schedule(10, log("a"));
        simulation.schedule(20, log("b"));
        simulation.step();

        timer.cancel();
        timer.cancel();
        simulation.advanceTo(100);

        assertThat(fired).containsExactly("a@10", "b@20");
    }

    @Test
    void stepSkipsCancelledEventsToTheNextLiveOne() {
        simulation.schedule(10, log("a")).cancel();
        simulation.schedule(30, log("b"));

        assertThat(simulation.step()).isTrue();

        assertThat(fired).containsExactly("b@30");
        assertThat(simulation.nowMicros()).isEqualTo(30);
    }

    @Test
    void resetForgetsEveryEventAndRestartsTheClockAndCounters() {
        simulation.schedule(10, log("fired-before-reset"));
        simulation.schedule(900, log("forgotten"));
        simulation.advanceTo(500);

        simulation.reset();

        assertThat(simulation.nowMicros()).isZero();
        assertThat(simulation.eventsFired()).isZero();
        assertThat(simulation.pendingEvents()).isZero();
        simulation.schedule(5, log("after-reset"));
        simulation.advanceTo(10_000);
        assertThat(fired).containsExactly("fired-before-reset@10", "after-reset@5");
    }

    @Test
    void twoSimulationsKeepSeparateClocksAndQueues() {
        Simulation other = new Simulation();
        simulation.schedule(10, log("mine"));
        other.schedule(5, () -> fired.add("other"));

        other.advanceTo(20);

        assertThat(fired).containsExactly("other");
        assertThat(simulation.nowMicros()).isZero();
        assertThat(simulation.nextEventMicros()).hasValue(10);
    }
}
