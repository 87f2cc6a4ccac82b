package org.layerwise.model;

import java.nio.file.Path;
import java.util.List;

/**
 * The routine builder's data: the actives a reader can tick and the rules about pairs, read from
 * {@code content/routine-rules.yaml}. A site without that file has {@link #NONE}.
 *
 * @param origin where each key was read, for pointing at unknown ids ("rules.0.between.1")
 */
public record RoutineRules(List<Active> actives, List<RoutineRule> rules, Origin origin) {

    /** No actives and no rules. */
    public static final RoutineRules NONE = new RoutineRules(List.of(), List.of(),
            Origin.of(Path.of("content/routine-rules.yaml")));

    public RoutineRules {
        actives = List.copyOf(actives);
        rules = List.copyOf(rules);
    }
}
