package org.layerwise.load;

import org.layerwise.model.Placement;
import org.layerwise.model.TimeOfDay;

import org.layerwise.model.SourcePolicy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads where a type or treatment goes: the {@code routines} mapping ({@code morning} and
 * {@code evening}, each with {@code step}, {@code or}, {@code with}, {@code reason}, {@code sources}), or, in a
 * type file's one-number form, {@code step} and {@code time}. See docs/product-types.md.
 */
final class Placements {

    static final String KEY = "routines";
    private static final Set<String> ROUTINES = Set.of("morning", "evening");
    private static final Set<String> PLACEMENT_KEYS = Set.of("step", "or", "with", "reason", "sources");
    private static final int MAX_STEP = 10_000;

    private Placements() {
    }

    /**
     * The placements of a file whose top level is {@code fields}. With {@code routines}, the
     * top-level {@code step} is the rank of every routine that gives none, and {@code time} is not
     * allowed ({@code timeAllowed} false also refuses it without {@code routines}).
     */
    static Map<TimeOfDay, Placement> read(Fields fields, boolean timeAllowed, SourcePolicy sources) {
        Optional<Fields> routines = fields.mapping(KEY, ROUTINES);
        if (routines.isEmpty()) {
            if (!timeAllowed) {
                fields.missing(KEY);
                return Map.of();
            }
            int step = fields.integer("step", 0, MAX_STEP);
            Map<TimeOfDay, Placement> placements = new EnumMap<>(TimeOfDay.class);
            for (TimeOfDay time : requiredTimes(fields)) {
                placements.put(time, Placement.ranked(step, "step"));
            }
            return placements;
        }
        if (fields.has("time")) {
            fields.report("time", "time is given by the routines the file names under 'routines'; remove 'time'");
        }
        Map<TimeOfDay, Placement> placements = new EnumMap<>(TimeOfDay.class);
        Optional<Integer> step = fields.has("step") ? Optional.of(fields.integer("step", 0, MAX_STEP)) : Optional.empty();
        for (String routine : routines.get().keys()) {
            TimeOfDay time = routine.equals("morning") ? TimeOfDay.AM : TimeOfDay.PM;
            String at = KEY + "." + routine;
            Fields placement = routines.get().mapping(routine, PLACEMENT_KEYS).orElse(null);
            if (placement == null) {
                routines.get().report(routine, at + " needs a mapping, e.g. " + routine + ": {step: 60}");
                continue;
            }
            int rank;
            if (placement.has("step")) {
                rank = placement.integer("step", 0, MAX_STEP);
            } else if (step.isPresent()) {
                rank = step.get();
            } else if (placement.leftEmptyByScaffold("step")) {
                placement.missing("step");
                rank = 0;
            } else {
                placement.report("step", at + " needs a step, here or at the top of the file");
                rank = 0;
            }
            placements.put(time, new Placement(rank, placement.words("or", Slugs.KEBAB, Slugs.KEBAB_SHAPE),
                    placement.words("with", Slugs.KEBAB, Slugs.KEBAB_SHAPE),
                    placement.optionalText("reason").orElse(""),
                    placement.has("sources") ? SourceFields.required(placement, "sources", sources) : List.of(), at));
        }
        if (placements.isEmpty()) {
            fields.report(KEY, "routines must name morning, evening or both");
        }
        return placements;
    }

    private static List<TimeOfDay> requiredTimes(Fields fields) {
        if (!fields.has("time")) {
            fields.missing("time");
            return List.of(TimeOfDay.AM);
        }
        List<TimeOfDay> times = fields.choices("time", TimeOfDay.class);
        if (times.isEmpty() && !fields.sequence("time").isEmpty()) {
            return List.of(TimeOfDay.AM);
        }
        if (times.isEmpty()) {
            fields.missing("time");
        }
        return times;
    }
}
