package org.layerwise.model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One product type, read from {@code content/types/<id>.yaml}. See docs/product-types.md for what
 * each field means to maintainers.
 *
 * @param compareWith focused comparisons this file asks for: each entry lists the other type ids
 *                    (one id for a pair, several for a group)
 * @param description the type page body, rendered from Markdown; empty when absent
 * @param reviewed    when an editor last checked the page against its sources
 * @param placements  where it goes in each routine it belongs to; {@code time} is their routines
 * @param movedFrom   ids the type had before (its {@code moved_from}): each old page address
 *                    redirects to this one
 */
public record ProductType(
        String id,
        String name,
        String summary,
        List<String> aliases,
        int step,
        int texture,
        int actives,
        String frequency,
        Cadence cadence,
        Set<TimeOfDay> time,
        boolean optional,
        Base base,
        Optional<Boolean> emulsifiers,
        Optional<String> packaging,
        Optional<String> amount,
        Optional<String> application,
        List<String> skinTypes,
        List<String> purposes,
        List<String> keyIngredients,
        List<String> cautions,
        Body description,
        List<Dispute> disputes,
        List<List<String>> compareWith,
        List<Source> sources,
        Optional<LocalDate> reviewed,
        Origin origin,
        Map<TimeOfDay, Placement> placements,
        List<String> movedFrom) {

    /** A type in the one-number form: {@code step} is its rank in every routine of {@code time}. */
    public ProductType(String id, String name, String summary, List<String> aliases, int step, int texture,
                       int actives, String frequency, Cadence cadence, Set<TimeOfDay> time, boolean optional,
                       Base base, Optional<Boolean> emulsifiers, Optional<String> packaging, Optional<String> amount,
                       Optional<String> application, List<String> skinTypes, List<String> purposes,
                       List<String> keyIngredients, List<String> cautions, Body description, List<Dispute> disputes,
                       List<List<String>> compareWith, List<Source> sources, Optional<LocalDate> reviewed,
                       Origin origin) {
        this(id, name, summary, aliases, step, texture, actives, frequency, cadence, time, optional, base,
                emulsifiers, packaging, amount, application, skinTypes, purposes, keyIngredients, cautions,
                description, disputes, compareWith, sources, reviewed, origin, ranked(step, time), List.of());
    }

    public ProductType {
        aliases = List.copyOf(aliases);
        time = Set.copyOf(time);
        skinTypes = List.copyOf(skinTypes);
        purposes = List.copyOf(purposes);
        keyIngredients = List.copyOf(keyIngredients);
        cautions = List.copyOf(cautions);
        disputes = List.copyOf(disputes);
        compareWith = compareWith.stream().map(List::copyOf).toList();
        sources = List.copyOf(sources);
        placements = Map.copyOf(placements);
        movedFrom = List.copyOf(movedFrom);
    }

    private static Map<TimeOfDay, Placement> ranked(int step, Set<TimeOfDay> time) {
        Map<TimeOfDay, Placement> placements = new EnumMap<>(TimeOfDay.class);
        time.forEach(t -> placements.put(t, Placement.ranked(step, "step")));
        return placements;
    }

    /** The type's page. */
    public String path() {
        return SitePaths.type(id);
    }

    /**
     * The name as it reads inside a sentence: "sheet mask", "exfoliant (AHA/BHA)". Only the first
     * letter is lowered, and not even that when it starts an abbreviation ("SPF moisturizer").
     */
    public String nameInSentence() {
        boolean abbreviation = name.length() > 1 && Character.isUpperCase(name.charAt(1));
        return name.isEmpty() || abbreviation ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** True when sources disagree on where this type goes in the routine. */
    public boolean placementContested() {
        return disputes.stream().anyMatch(d -> d.about() == Dispute.Aspect.PLACEMENT);
    }

    /** True for weekly and as-needed types: side steps, never numbered in a daily line. */
    public boolean sideStep() {
        return cadence != Cadence.DAILY;
    }

    /** True for steps that are not part of every routine: weekly, as-needed or optional items. */
    public boolean occasional() {
        return optional || cadence != Cadence.DAILY;
    }

    public boolean usedAt(TimeOfDay when) {
        return time.contains(when);
    }
}
