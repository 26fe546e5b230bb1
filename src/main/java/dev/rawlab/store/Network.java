package dev.rawlab.store;

import dev.rawlab.sim.LatencyDistribution;
import dev.rawlab.sim.Simulation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Carries messages between ends. Each message takes a one-way delay drawn from the network
 * stream, is visible in flight until it arrives, and then runs what the receiver does.
 */
final class Network {

    private final Simulation simulation;
    private final RandomGenerator random;
    private final Map<Long, Message> inFlight = new LinkedHashMap<>();
    LatencyDistribution delay;
    private long nextId = 1;
    private long sent;

    Network(Simulation simulation, RandomGenerator random, LatencyDistribution delay) {
        this.simulation = simulation;
        this.random = random;
        this.delay = delay;
    }

    /** Sends a message and runs {@code onArrive} when it gets there; returns the message. */
    Message send(long operationId, Message.Kind kind, String from, String to, String label, Runnable onArrive) {
        long now = simulation.nowMicros();
        long arrive = now + delay.sampleMicros(random);
        Message message = new Message(nextId++, operationId, kind, from, to, label, now, arrive);
        inFlight.put(message.id(), message);
        sent++;
        simulation.schedule(arrive, () -> {
            inFlight.remove(message.id());
            onArrive.run();
        });
        return message;
    }

    long messagesSent() {
        return sent;
    }

    List<Message> inFlight() {
        return new ArrayList<>(inFlight.values());
    }
}
