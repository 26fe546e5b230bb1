package dev.rawlab.scenario;

import dev.rawlab.store.TimedAction;
import dev.rawlab.i18n.Text;
import dev.rawlab.sim.LatencyDistribution;
import dev.rawlab.sim.Micros;
import dev.rawlab.store.Action;
import dev.rawlab.store.Strategy;
import dev.rawlab.store.StoreConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns one entry of a scenario file's {@code actions} list into a {@link TimedAction}: checks the
 * kind ({@code do}), that every field it needs is there and no field of another kind is, the time,
 * the users and nodes it names, and a strategy against the store's rules.
 */
final class ActionBuilder {

    /** Per kind of action: the fields it needs, then the fields it may have. */
    private record Shape(List<String> required, List<String> optional) {
    }

    private static final Map<String, Shape> SHAPES = shapes();

    /** The kinds of action that start an operation (the ones an expectation may point at). */
    static final Set<String> OPERATIONS = Set.of("put", "get", "list", "delete");

    private final StoreConfig config;
    private final NodeNames nodes;
    private final Set<String> users;
    private final ProblemList problems;

    /** @param users the names the file declared, or null when any name is allowed */
    ActionBuilder(StoreConfig config, Set<String> users, ProblemList problems) {
        this.config = config;
        this.nodes = NodeNames.of(config.topology(), config.nodes());
        this.users = users;
        this.problems = problems;
    }

    private static Map<String, Shape> shapes() {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        shapes.put("put", new Shape(List.of("user", "key", "body"), List.of("node")));
        shapes.put("get", new Shape(List.of("user", "key"), List.of("node", "consistent")));
        shapes.put("list", new Shape(List.of("user"), List.of("prefix", "node")));
        shapes.put("delete", new Shape(List.of("user", "key"), List.of("node")));
        shapes.put("strategy", new Shape(List.of("strategy"), List.of()));
        shapes.put("lag", new Shape(List.of("node", "lag"), List.of()));
        shapes.put("network", new Shape(List.of("network"), List.of()));
        shapes.put("offline", new Shape(List.of("node"), List.of()));
        shapes.put("online", new Shape(List.of("node"), List.of()));
        shapes.put("cache", new Shape(List.of("ttlMillis"), List.of()));
        return shapes;
    }

    /** The action at {@code actions[index]}, or null after recording what is wrong with it. */
    TimedAction build(ScenarioFile.ActionEntry entry, int index) {
        return build(entry, "actions[" + index + "]");
    }

    /** The action written at {@code path}, or null after recording what is wrong with it. */
    TimedAction build(ScenarioFile.ActionEntry entry, String path) {
        int before = problems.size();
        Long atMicros = time(entry.atMillis(), path);
        if (entry.kind() == null) {
            problems.add(path, Text.of("scenario.action.noKind", String.join(", ", SHAPES.keySet())));
            return null;
        }
        Shape shape = SHAPES.get(entry.kind());
        if (shape == null) {
            problems.add(path + ".do", Text.of("scenario.choice", entry.kind(), String.join(", ", SHAPES.keySet())));
            return null;
        }
        Map<String, Object> present = entry.present();
        for (String field : present.keySet()) {
            if (!shape.required().contains(field) && !shape.optional().contains(field)) {
                problems.add(path + "." + field, Text.of("scenario.action.foreignField", field, entry.kind(), fieldsOf(shape)));
            }
        }
        for (String field : shape.required()) {
            if (!present.containsKey(field)) {
                problems.add(path, Text.of("scenario.action.missingField", entry.kind(), field));
            }
        }
        checkUser(entry.user(), path);
        checkNode(entry.node(), path);
        if (Boolean.TRUE.equals(entry.consistent()) && entry.node() != null && !StoreConfig.PRIMARY.equals(entry.node())) {
            problems.add(path + ".node", Text.of("scenario.action.consistentForced", entry.node()));
        }
        Action action = problems.size() > before ? null : action(entry, path);
        return action == null || atMicros == null || problems.size() > before ? null : new TimedAction(atMicros, action);
    }

    private Long time(Double atMillis, String path) {
        if (atMillis == null) {
            problems.add(path, Text.of("scenario.action.noTime"));
            return null;
        }
        if (atMillis < 0 || atMillis.isNaN() || atMillis.isInfinite()) {
            problems.add(path + ".atMillis", Text.of("scenario.action.negativeTime", FieldReader.number(atMillis)));
            return null;
        }
        return Micros.ofMillis(atMillis);
    }

    private static String fieldsOf(Shape shape) {
        List<String> all = new ArrayList<>(List.of("atMillis", "do"));
        all.addAll(shape.required());
        all.addAll(shape.optional());
        return String.join(", ", all);
    }

    private void checkUser(String user, String path) {
        if (user == null) {
            return;
        }
        if (user.isBlank()) {
            problems.add(path + ".user", Text.of("scenario.userName"));
        } else if (users != null && !users.contains(user)) {
            problems.add(path + ".user", Text.of("scenario.action.unknownUser", user, String.join(", ", new TreeSet<>(users))));
        }
    }

    private void checkNode(String node, String path) {
        if (node != null && !nodes.contains(node)) {
            problems.add(path + ".node", Text.of("scenario.unknownNode", node, config.topology().fileName(), nodes.text()));
        }
    }

    private Action action(ScenarioFile.ActionEntry entry, String path) {
        return switch (entry.kind()) {
            case "put" -> new Action.Put(entry.user(), entry.key(), entry.body(), entry.node());
            case "get" -> new Action.Get(entry.user(), entry.key(), entry.node(), Boolean.TRUE.equals(entry.consistent()));
            case "list" -> new Action.ListKeys(entry.user(), entry.prefix(), entry.node());
            case "delete" -> new Action.Delete(entry.user(), entry.key(), entry.node());
            case "strategy" -> strategy(entry.strategy(), path + ".strategy");
            case "lag" -> {
                LatencyDistribution lag = FieldReader.distribution(entry.lag(), null, path + ".lag", problems);
                yield lag == null ? null : new Action.SetLag(entry.node(), lag);
            }
            case "network" -> {
                LatencyDistribution network = FieldReader.distribution(entry.network(), null, path + ".network", problems);
                yield network == null ? null : new Action.SetNetwork(network);
            }
            case "offline" -> new Action.TakeOffline(entry.node());
            case "online" -> new Action.BringOnline(entry.node());
            default -> cache(entry.ttlMillis(), path + ".ttlMillis");
        };
    }

    private Action strategy(ScenarioFile.StrategyEntry entry, String path) {
        Strategy strategy = StrategyBuilder.build(entry, path, problems);
        if (strategy == null) {
            return null;
        }
        int before = problems.size();
        StrategyBuilder.checkRules(strategy, config.topology(), config.nodes(), path, problems);
        return problems.size() > before ? null : new Action.SetStrategy(strategy);
    }

    private Action cache(double ttlMillis, String path) {
        if (ttlMillis < 0 || Double.isInfinite(ttlMillis) || Double.isNaN(ttlMillis)) {
            problems.add(path, Text.of("scenario.negative", FieldReader.number(ttlMillis)));
            return null;
        }
        return new Action.SetCache(ttlMillis);
    }
}
