package org.layerwise.derive;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.FixtureSite;
import org.layerwise.derive.RoutineBuilderData.ActiveEntry;
import org.layerwise.derive.RoutineBuilderData.RuleEntry;
import org.layerwise.derive.RoutineBuilderData.TypeEntry;
import org.layerwise.model.Origin;
import org.layerwise.model.Placement;
import org.layerwise.model.ProductType;
import org.layerwise.model.RoutineRules;
import org.layerwise.model.SiteContent;
import org.layerwise.model.Source;
import org.layerwise.model.TimeOfDay;
import org.layerwise.model.Treatment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The routine builder's data, from the small fixture site. */
class RoutineBuilderDataTest {

    @TempDir
    Path output;

    @Test
    void listsEveryTypeInRoutineOrderWithItsPositionInEachRoutine() {
        List<TypeEntry> types = data(load("src/test/resources/fixtures/minimal")).types();
        assertEquals(List.of("toner", "serum", "moisturizer"), types.stream().map(TypeEntry::id).toList());
        assertEquals(List.of(0, 1, 2), types.stream().map(t -> t.orders().get("am")).toList());
        assertEquals(List.of(0, 1, 2), types.stream().map(t -> t.orders().get("pm")).toList());
    }

    @Test
    void describesATypeByTimeCadenceFrequencyAndWhetherItIsOccasional() {
        TypeEntry toner = data(load("src/test/resources/fixtures/minimal")).types().get(0);
        assertEquals(new TypeEntry("toner", "Toner", "type", "types/toner/", Map.of("am", 0, "pm", 0), Map.of(),
                List.of("am", "pm"), "daily", "Morning and evening", true), toner);
        assertEquals("both", toner.defaultTime());
        assertEquals("daily", toner.defaultCadence());
    }

    @Test
    void carriesTheActivesAndRulesOfTheRulesFile() {
        RoutineBuilderData data = data(load("src/test/resources/fixtures/minimal"));
        assertEquals(new ActiveEntry("aha-bha", "AHA/BHA exfoliant acid", List.of("toner"), List.of("pm")),
                data.actives().get(1));
        assertEquals("pm", data.actives().get(1).defaultTime());
        assertEquals(List.of("retinoid", "aha-bha", "vitamin-c", "niacinamide"),
                data.actives().stream().map(ActiveEntry::id).toList());
        assertEquals(new RuleEntry("retinoid-with-acids", List.of("retinoid", "aha-bha"), "conflict", "same-night",
                "Not on the same night while your skin adjusts. Alternate nights instead.",
                List.of(new Source("Example source", "https://example.org/retinoids"))), data.rules().get(0));
        assertEquals(List.of("fine", "same-routine"),
                List.of(data.rules().get(1).severity(), data.rules().get(1).when()));
    }

    @Test
    void writesTheKeysTheScriptReads() {
        JsonObject json = JsonParser.parseString(data(load("src/test/resources/fixtures/minimal")).json())
                .getAsJsonObject();
        assertEquals(Set.of("types", "actives", "rules"), json.keySet());
        assertEquals(Set.of("id", "name", "kind", "path", "orders", "slots", "time", "cadence", "frequency",
                        "occasional"),
                json.getAsJsonArray("types").get(0).getAsJsonObject().keySet());
        assertEquals(Set.of("id", "name", "types", "time"),
                json.getAsJsonArray("actives").get(0).getAsJsonObject().keySet());
        assertEquals(Set.of("id", "between", "severity", "when", "message", "sources"),
                json.getAsJsonArray("rules").get(0).getAsJsonObject().keySet());
    }

    @Test
    void givesTheSameJsonWhateverOrderTheTypesWereReadIn() {
        SiteContent site = load("src/test/resources/fixtures/minimal");
        List<ProductType> reversed = new ArrayList<>(site.types());
        Collections.reverse(reversed);
        assertEquals(data(site).json(),
                RoutineBuilderData.of(new RoutineModel(reversed, List.of()), site.routineRules()).json());
    }

    @Test
    void offersNoActivesOrRulesWithoutARulesFile() {
        SiteContent site = load("src/test/resources/fixtures/minimal");
        RoutineBuilderData data = RoutineBuilderData.of(new RoutineModel(site.types(), List.of()), RoutineRules.NONE);
        assertEquals(3, data.types().size());
        JsonObject json = JsonParser.parseString(data.json()).getAsJsonObject();
        assertTrue(json.getAsJsonArray("actives").isEmpty());
        assertTrue(json.getAsJsonArray("rules").isEmpty());
    }

    @Test
    void placesATreatmentStepInTheRoutineItsFileNamesAndSaysWhereItSlotsIn() {
        Placement evening = new Placement(50, List.of(), List.of(), "", List.of(), "routines.evening");
        Treatment retinoid = new Treatment("retinoid-step", "Retinoid", "Vitamin A.", "retinoid",
                Map.of(TimeOfDay.PM, evening), Origin.of(Path.of("retinoid-step.yaml")));
        SiteContent site = load("src/test/resources/fixtures/minimal");
        RoutineBuilderData data = RoutineBuilderData.of(new RoutineModel(site.types(), List.of(retinoid)),
                RoutineRules.NONE);
        TypeEntry entry = data.types().stream().filter(t -> t.id().equals("retinoid-step")).findFirst().orElseThrow();
        assertEquals("treatment", entry.kind());
        assertEquals(List.of("pm"), entry.time());
        assertEquals("pm", entry.defaultTime());
        assertEquals(1, entry.orders().get("pm"), "after the toner (40), before the serum (60)");
        assertEquals("after toner, on the days you use it", entry.slots().get("pm"));
        assertTrue(data.mismatches(new RoutineModel(site.types(), List.of(retinoid))).isEmpty());
    }

    @Test
    void namesWhatTheDiagramsShowAndTheBuilderDoesNotOfferAndTheReverse() {
        SiteContent site = load("src/test/resources/fixtures/minimal");
        RoutineBuilderData data = data(site);
        RoutineModel fewer = new RoutineModel(site.types().subList(0, 1), List.of());
        List<String> found = data.mismatches(fewer);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("the routine builder offers '"), found.toString());
        RoutineBuilderData smaller = RoutineBuilderData.of(fewer, RoutineRules.NONE);
        assertEquals(2, smaller.mismatches(new RoutineModel(site.types(), List.of())).size());
        assertTrue(smaller.mismatches(new RoutineModel(site.types(), List.of())).get(0)
                .contains("which the routine builder does not offer"));
    }

    private static RoutineBuilderData data(SiteContent site) {
        return RoutineBuilderData.of(new RoutineModel(site.types(), site.treatments()), site.routineRules());
    }

    private SiteContent load(String folder) {
        return FixtureSite.content(Path.of(folder), output);
    }
}
