package org.layerwise.derive;

import org.junit.jupiter.api.Test;
import org.layerwise.model.Cadence;
import org.layerwise.model.ProductType;
import org.layerwise.model.TimeOfDay;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerwise.derive.TypeExamples.named;
import static org.layerwise.derive.TypeExamples.type;

class FocusedComparisonTest {

    private static final Set<TimeOfDay> BOTH = Set.of(TimeOfDay.AM, TimeOfDay.PM);

    private final ProductType serum = type("serum", 60, 3, 4, Cadence.DAILY, BOTH);
    private final ProductType ampoule = type("ampoule", 60, 3, 5, Cadence.WEEKLY, BOTH);
    private final ProductType essence = type("essence", 50, 2, 2, Cadence.DAILY, BOTH);
    private final RoutineModel order = new RoutineModel(List.of(serum, ampoule, essence), List.of());

    @Test
    void namesThePageAfterItsMembersInRoutineOrder() {
        FocusedComparison comparison = FocusedComparison.of(List.of(ampoule, serum, essence), order);
        assertEquals("essence-vs-serum-vs-ampoule", comparison.slug());
        assertEquals("Essence vs serum vs ampoule", comparison.title());
    }

    @Test
    void listsItsMembersAsASentenceWouldAndKeepsAbbreviations() {
        ProductType exfoliant = named("exfoliant", "Exfoliant (AHA/BHA)", 20, 2, 4, Cadence.WEEKLY, Set.of(TimeOfDay.PM),
                List.of());
        ProductType spf = named("spf-moisturizer", "SPF moisturizer", 90, 4, 2, Cadence.DAILY, BOTH, List.of());
        RoutineModel all = new RoutineModel(List.of(serum, ampoule, essence, exfoliant, spf), List.of());

        FocusedComparison three = FocusedComparison.of(List.of(ampoule, serum, essence), all);
        assertEquals("essence, serum and ampoule", three.phrase());
        assertEquals("essence vs serum vs ampoule", three.titleInSentence());

        FocusedComparison abbreviated = FocusedComparison.of(List.of(spf, exfoliant), all);
        assertEquals("Exfoliant (AHA/BHA) vs SPF moisturizer", abbreviated.title());
        assertEquals("exfoliant (AHA/BHA) and SPF moisturizer", abbreviated.phrase());
        assertEquals("exfoliant (AHA/BHA) vs SPF moisturizer", abbreviated.titleInSentence());
    }

    @Test
    void showsWhatDiffersSeparatelyFromWhatIsShared() {
        FocusedComparison comparison = FocusedComparison.of(List.of(serum, ampoule), order);
        List<Attribute> differing = comparison.differing().stream().map(FocusedComparison.Difference::attribute).toList();
        List<Attribute> shared = comparison.shared().stream().map(FocusedComparison.Shared::attribute).toList();
        assertTrue(differing.contains(Attribute.ACTIVES), differing.toString());
        assertTrue(shared.contains(Attribute.TEXTURE), shared.toString());
        assertTrue(shared.contains(Attribute.BASE), shared.toString());
        assertEquals(List.of("High", "Highest"), comparison.differing().stream()
                .filter(d -> d.attribute() == Attribute.ACTIVES).findFirst().orElseThrow()
                .cells().stream().map(Cell::text).toList());
    }

    @Test
    void leavesOutAttributesNoMemberHas() {
        FocusedComparison comparison = FocusedComparison.of(List.of(serum, ampoule), order);
        assertTrue(comparison.shared().stream().noneMatch(s -> s.attribute() == Attribute.PACKAGING));
        assertTrue(comparison.differing().stream().noneMatch(d -> d.attribute() == Attribute.PACKAGING));
    }
}
