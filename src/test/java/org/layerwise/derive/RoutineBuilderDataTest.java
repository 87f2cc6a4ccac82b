package org.layerwise.derive;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.FixtureSite;
import org.layerwise.derive.RoutineBuilderData.IngredientEntry;
import org.layerwise.derive.RoutineBuilderData.PairEntry;
import org.layerwise.derive.RoutineBuilderData.TypeEntry;
import org.layerwise.model.ProductType;
import org.layerwise.model.SiteContent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The routine builder's data, from the small fixture site. */
class RoutineBuilderDataTest {

    @TempDir
    Path output;

    @Test
    void listsEveryTypeInRoutineOrderWithItsStepAndPosition() {
        List<TypeEntry> types = data(load("src/test/resources/fixtures/minimal")).types();
        assertEquals(List.of("toner", "serum", "moisturizer"), types.stream().map(TypeEntry::id).toList());
        assertEquals(List.of(40, 60, 90), types.stream().map(TypeEntry::step).toList());
        assertEquals(List.of(0, 1, 2), types.stream().map(TypeEntry::order).toList());
    }

    @Test
    void describesATypeByTimeCadenceFrequencyAndWhetherItIsOccasional() {
        TypeEntry toner = data(load("src/test/resources/fixtures/minimal")).types().get(0);
        assertEquals(new TypeEntry("toner", "Toner", 40, 0, List.of("am", "pm"), "daily", "Morning and evening", true),
                toner);
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
        assertEquals(Set.of("id", "name", "step", "order", "time", "cadence", "frequency", "occasional"),
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
                RoutineBuilderData.of(new RoutineOrder(reversed), site.ingredients(), site.pairs()).json());
    }

    @Test
    void offersNoIngredientsOrPairsWithoutIngredientFiles() {
        SiteContent site = load("src/test/resources/fixtures/minimal");
        RoutineBuilderData data = RoutineBuilderData.of(new RoutineOrder(site.types()), List.of(), List.of());
        assertEquals(3, data.types().size());
        JsonObject json = JsonParser.parseString(data.json()).getAsJsonObject();
        assertTrue(json.getAsJsonArray("ingredients").isEmpty());
        assertTrue(json.getAsJsonArray("pairs").isEmpty());
    }

    private static RoutineBuilderData data(SiteContent site) {
        return RoutineBuilderData.of(new RoutineOrder(site.types()), site.ingredients(), site.pairs());
    }

    private SiteContent load(String folder) {
        return FixtureSite.content(Path.of(folder), output);
    }
}
