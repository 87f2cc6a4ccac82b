package org.layerwise.derive;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.FixtureSite;
import org.layerwise.derive.RoutineBuilderData.ActiveEntry;
import org.layerwise.derive.RoutineBuilderData.RuleEntry;
import org.layerwise.derive.RoutineBuilderData.TypeEntry;
import org.layerwise.model.ProductType;
import org.layerwise.model.RoutineRules;
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
    void carriesTheActivesAndRulesOfTheRulesFile() {
        RoutineBuilderData data = data(load("src/test/resources/fixtures/minimal"));
        assertEquals(new ActiveEntry("aha-bha", "AHA/BHA exfoliant acid", List.of("toner"), List.of("pm")),
                data.actives().get(1));
        assertEquals("pm", data.actives().get(1).defaultTime());
        assertEquals(List.of("retinoid", "aha-bha", "vitamin-c", "niacinamide"),
                data.actives().stream().map(ActiveEntry::id).toList());
        assertEquals(new RuleEntry("retinoid-with-acids", List.of("retinoid", "aha-bha"), "conflict", "same-night",
                "Not on the same night while your skin adjusts. Alternate nights instead.",
                List.of(new RoutineBuilderData.SourceEntry("Example source", "https://example.org/retinoids", ""))),
                data.rules().get(0));
        assertEquals(List.of("fine", "same-routine"),
                List.of(data.rules().get(1).severity(), data.rules().get(1).when()));
    }

    @Test
    void writesTheKeysTheScriptReads() {
        JsonObject json = JsonParser.parseString(data(load("src/test/resources/fixtures/minimal")).json())
                .getAsJsonObject();
        assertEquals(Set.of("types", "actives", "rules"), json.keySet());
        assertEquals(Set.of("id", "name", "step", "order", "time", "cadence", "frequency", "occasional"),
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
                RoutineBuilderData.of(new RoutineOrder(reversed), site.routineRules()).json());
    }

    @Test
    void offersNoActivesOrRulesWithoutARulesFile() {
        SiteContent site = load("src/test/resources/fixtures/minimal");
        RoutineBuilderData data = RoutineBuilderData.of(new RoutineOrder(site.types()), RoutineRules.NONE);
        assertEquals(3, data.types().size());
        JsonObject json = JsonParser.parseString(data.json()).getAsJsonObject();
        assertTrue(json.getAsJsonArray("actives").isEmpty());
        assertTrue(json.getAsJsonArray("rules").isEmpty());
    }

    private static RoutineBuilderData data(SiteContent site) {
        return RoutineBuilderData.of(new RoutineOrder(site.types()), site.routineRules());
    }

    private SiteContent load(String folder) {
        return FixtureSite.content(Path.of(folder), output);
    }
}
