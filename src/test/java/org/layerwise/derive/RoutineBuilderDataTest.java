package org.layerwise.derive;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.FixtureSite;
import org.layerwise.derive.RoutineBuilderData.IngredientEntry;
import org.layerwise.derive.RoutineBuilderData.PairEntry;
import org.layerwise.derive.RoutineBuilderData.TypeEntry;
import org.layerwise.model.Origin;
import org.layerwise.model.Placement;
import org.layerwise.model.ProductType;
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
    void carriesTheIngredientsByNameAndThePairNotesOfThePairsFile() {
        RoutineBuilderData data = data(load("src/test/resources/fixtures/minimal"));
        assertEquals(List.of("glycolic-acid", "niacinamide", "retinol", "vitamin-c"),
                data.ingredients().stream().map(IngredientEntry::id).toList());
        assertEquals(new IngredientEntry("glycolic-acid", "Glycolic acid", List.of("toner"), List.of("pm"),
                "ingredients/glycolic-acid/", true), data.ingredients().get(0));
        assertEquals("pm", data.ingredients().get(0).defaultTime());
        assertEquals("both", data.ingredients().get(1).defaultTime());
        assertEquals(new PairEntry("retinol-with-glycolic-acid", List.of("retinol"), List.of("glycolic-acid"),
                "conflict", "Keep apart", "same-night", "Not on the same night. Both irritate while your skin adjusts.",
                "ingredients/pairs/#retinol-with-glycolic-acid"), data.pairs().get(0));
        assertEquals(List.of("myth", "Fine together (the clash is a myth)", "same-routine"),
                List.of(data.pairs().get(1).verdict(), data.pairs().get(1).heading(), data.pairs().get(1).when()));
    }

    @Test
    void writesTheKeysTheScriptReads() {
        JsonObject json = JsonParser.parseString(data(load("src/test/resources/fixtures/minimal")).json())
                .getAsJsonObject();
        assertEquals(Set.of("types", "ingredients", "pairs"), json.keySet());
        assertEquals(Set.of("id", "name", "kind", "path", "orders", "slots", "time", "cadence", "frequency",
                        "occasional"),
                json.getAsJsonArray("types").get(0).getAsJsonObject().keySet());
        assertEquals(Set.of("id", "name", "types", "time", "path", "sun"),
                json.getAsJsonArray("ingredients").get(0).getAsJsonObject().keySet());
        assertEquals(Set.of("id", "first", "second", "verdict", "heading", "when", "message", "path"),
                json.getAsJsonArray("pairs").get(0).getAsJsonObject().keySet());
    }

    @Test
    void givesTheSameJsonWhateverOrderTheTypesWereReadIn() {
        SiteContent site = load("src/test/resources/fixtures/minimal");
        List<ProductType> reversed = new ArrayList<>(site.types());
        Collections.reverse(reversed);
        assertEquals(data(site).json(),
                RoutineBuilderData.of(new RoutineModel(reversed, List.of()), site.ingredients(), site.pairs()).json());
    }

    @Test
    void offersNoIngredientsOrPairsWithoutIngredientFiles() {
        SiteContent site = load("src/test/resources/fixtures/minimal");
        RoutineBuilderData data = RoutineBuilderData.of(new RoutineModel(site.types(), List.of()), List.of(), List.of());
        assertEquals(3, data.types().size());
        JsonObject json = JsonParser.parseString(data.json()).getAsJsonObject();
        assertTrue(json.getAsJsonArray("ingredients").isEmpty());
        assertTrue(json.getAsJsonArray("pairs").isEmpty());
    }

    @Test
    void placesATreatmentStepInTheRoutineItsFileNamesAndSaysWhereItSlotsIn() {
        Placement evening = new Placement(50, List.of(), List.of(), "", List.of(), "routines.evening");
        Treatment retinoid = new Treatment("retinoid-step", "Retinoid", "Vitamin A.", "retinoid",
                Map.of(TimeOfDay.PM, evening), Origin.of(Path.of("retinoid-step.yaml")));
        SiteContent site = load("src/test/resources/fixtures/minimal");
        RoutineBuilderData data = RoutineBuilderData.of(new RoutineModel(site.types(), List.of(retinoid)),
                List.of(), List.of());
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
        RoutineBuilderData smaller = RoutineBuilderData.of(fewer, List.of(), List.of());
        assertEquals(2, smaller.mismatches(new RoutineModel(site.types(), List.of())).size());
        assertTrue(smaller.mismatches(new RoutineModel(site.types(), List.of())).get(0)
                .contains("which the routine builder does not offer"));
    }

    private static RoutineBuilderData data(SiteContent site) {
        return RoutineBuilderData.of(new RoutineModel(site.types(), site.treatments()), site.ingredients(), site.pairs());
    }

    private SiteContent load(String folder) {
        return FixtureSite.content(Path.of(folder), output);
    }
}
