package org.layerwise;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bakes the project's own site, plus one type file in the one-number form, and checks that every
 * page that shows an order shows the one the diagrams draw: step numbers on type pages and in
 * tables, lists in articles, the builder's offer, and every band a link.
 */
class RoutineModelIT {

    /** A type file in the form every type had before routines: step between toner's (40) and essence's (50). */
    private static final String LEGACY = """
            name: Face mist
            summary: A fine spray of water and humectants, between toner and essence.
            step: 45
            texture: 1
            actives: 2
            frequency: "Daily, morning and evening"
            cadence: daily
            time: [am, pm]
            base: water
            sources:
              - title: "Example"
                url: https://example.org/mist
            """;

    @TempDir
    static Path folder;

    static FixtureSite site;
    static List<String> pages;
    /** Per routine ("Morning", "Evening"): every entry's page path in the diagram's order, and the daily steps. */
    static final Map<String, List<String>> applied = new LinkedHashMap<>();
    static final Map<String, List<List<String>>> daily = new LinkedHashMap<>();

    @BeforeAll
    static void build() throws IOException {
        site = FixtureSite.real(folder).write("content/types/face-mist.yaml", LEGACY).build();
        try (Stream<Path> files = Files.walk(site.output())) {
            pages = files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.output().relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        Document layering = site.page("layering/");
        for (Element figure : layering.select("figure.lw-diagram")) {
            String routine = figure.selectFirst("figcaption").text().replace(" routine", "");
            List<String> order = new ArrayList<>();
            List<List<String>> steps = new ArrayList<>();
            for (Element item : figure.select("ol.lw-diagram__list > li")) {
                List<String> members = new ArrayList<>();
                for (Element link : item.select("> a:not(.lw-diagram__dispute)")) {
                    members.add(path("layering/", link));
                }
                steps.add(members);
                order.addAll(members);
                for (Element side : item.select("ul a:not(.lw-diagram__dispute)")) {
                    order.add(path("layering/", side));
                }
            }
            applied.put(routine, order);
            daily.put(routine, steps);
        }
    }

    /** The site path a link on {@code page} points at, "types/serum/". */
    private static String path(String page, Element link) {
        URI target = URI.create("https://site.test/" + page).resolve(link.attr("href"));
        return target.getPath().substring(1) + (target.getFragment() == null ? "" : "#" + target.getFragment());
    }

    /** The text of a table cell or fact without its meter and "disputed" tag. */
    private static String cellText(Element cell) {
        Element copy = cell.clone();
        copy.select(".lw-tag, .lw-meter").remove();
        return copy.text();
    }

    private static int stepOf(String routine, String typePath) {
        List<List<String>> steps = daily.get(routine);
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).contains(typePath)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** What a type page or table should say for {@code typePath}, from the diagrams alone. */
    private static List<String> expectedSteps(String typePath) {
        List<String> parts = new ArrayList<>();
        for (String routine : daily.keySet()) {
            int step = stepOf(routine, typePath);
            if (step > 0) {
                parts.add(routine + ": step " + step + " of " + daily.get(routine).size());
            }
        }
        return parts;
    }

    private static List<String> shownSteps(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split(" · ")) {
            int comma = part.indexOf(',');
            String head = comma < 0 ? part : part.substring(0, comma);
            if (head.contains(": step ")) {
                parts.add(head.strip());
            }
        }
        return parts;
    }

    @Test
    void showsOnEveryTypePageAndTableTheStepTheDiagramGives() {
        int checked = 0;
        for (String page : pages.stream().filter(p -> p.matches("types/[^/]+/index.html")).toList()) {
            String typePath = page.replace("index.html", "");
            Document document = site.page(typePath);
            Element fact = document.select(".lw-facts dt").stream().filter(dt -> dt.text().equals("Place in routine"))
                    .findFirst().orElseThrow(() -> new AssertionError(page + " has no place in routine")).nextElementSibling();
            assertEquals(expectedSteps(typePath), shownSteps(cellText(fact)), page);
            checked++;
        }
        assertEquals(16, checked);
        for (Element row : site.page("compare/").select("table.lw-compare--all tbody tr")) {
            String typePath = path("compare/", row.selectFirst("th a"));
            assertEquals(expectedSteps(typePath), shownSteps(cellText(row.selectFirst("td"))), typePath);
        }
        for (String page : pages.stream().filter(p -> p.matches("compare/[^/]+/index.html")).toList()) {
            Document comparison = site.page(page.replace("index.html", ""));
            List<String> members = comparison.select("table.lw-compare thead th a").stream()
                    .map(a -> path(page.replace("index.html", ""), a)).toList();
            for (Element row : comparison.select("table.lw-compare tbody tr")) {
                if (row.selectFirst("th").text().equals("Place in routine")) {
                    for (int i = 0; i < members.size(); i++) {
                        assertEquals(expectedSteps(members.get(i)), shownSteps(cellText(row.select("td").get(i))), page);
                    }
                }
            }
        }
    }

    @Test
    void numbersNoWeeklyOrAsNeededTypeInTheMorningsDailyLine() {
        Element morning = site.page("layering/").selectFirst("figure.lw-diagram ol.lw-diagram__list");
        for (Element item : morning.select("> li")) {
            String own = item.ownText() + item.select("> a").text();
            assertFalse(own.contains("(weekly)") || own.contains("(as needed)"), item.text());
        }
        for (String weekly : List.of("types/sheet-mask/", "types/ampoule/", "types/spot-treatment/")) {
            assertEquals(0, stepOf("Morning", weekly), weekly);
            assertTrue(applied.get("Morning").contains(weekly), weekly + " slots in on the days it is used");
        }
        assertFalse(applied.get("Morning").contains("types/facial-oil/"), "no oil under sunscreen");
        assertEquals("types/sunscreen/", applied.get("Morning").get(applied.get("Morning").size() - 1));
        assertEquals(List.of("types/facial-oil/", "types/sleeping-mask/"),
                daily.get("Evening").get(daily.get("Evening").size() - 1), "alternatives, last in the evening");
    }

    @Test
    void listsTypesInEveryArticleInTheOrderOfTheDiagrams() {
        int lists = 0;
        for (String page : pages.stream().filter(p -> p.startsWith("articles/") && !p.equals("articles/index.html"))
                .toList()) {
            String sitePath = page.replace("index.html", "");
            for (Element list : site.page(sitePath).select(".e-content ol, .e-content ul")) {
                if (list.parents().stream().anyMatch(p -> p.is("ol, ul, figure, .footnotes"))) {
                    continue;
                }
                List<String> types = list.select("a[href]").stream().map(a -> path(sitePath, a))
                        .filter(p -> p.startsWith("types/")).distinct().toList();
                if (types.size() < 2) {
                    continue;
                }
                Element box = list.closest(".lw-routine-list");
                List<String> routines = box != null
                        ? List.of(box.selectFirst(".lw-routine-list__title").text().replace(" routine", ""))
                        : List.copyOf(applied.keySet());
                boolean inOrder = routines.stream().anyMatch(r -> applied.get(r).containsAll(types)
                        && types.stream().map(applied.get(r)::indexOf).sorted().toList()
                        .equals(types.stream().map(applied.get(r)::indexOf).toList()));
                assertTrue(inOrder, sitePath + " lists " + types + " out of the diagrams' order");
                lists++;
            }
        }
        assertTrue(lists >= 5, "the articles' order lists were found: " + lists);
    }

    @Test
    void makesEveryBandOfEveryDiagramALink() {
        int bands = 0;
        for (String page : pages) {
            for (Element rect : site.page(page.replace("index.html", "")).select("svg.lw-diagram__svg rect")) {
                Element link = rect.parent();
                assertEquals("a", link.normalName(), page);
                assertFalse(link.attr("href").isEmpty(), page);
                bands++;
            }
        }
        assertTrue(bands > 100, "bands found: " + bands);
    }

    @Test
    void offersInTheBuilderEveryStepOfTheDiagramsAndPlacesTheRetinoidInTheEvening() throws IOException {
        JsonObject data = JsonParser.parseString(Files.readString(site.output().resolve("routine-data.json")))
                .getAsJsonObject();
        Set<String> offered = new TreeSet<>();
        JsonObject retinoid = null;
        for (JsonElement element : data.getAsJsonArray("types")) {
            JsonObject entry = element.getAsJsonObject();
            offered.add(entry.get("path").getAsString());
            if (entry.get("name").getAsString().equals("Retinoid")) {
                retinoid = entry;
            }
        }
        Set<String> drawn = new TreeSet<>();
        applied.values().forEach(drawn::addAll);
        assertEquals(drawn, offered);
        Document routine = site.page("routine/");
        assertEquals(data.getAsJsonArray("types").size(), routine.select("input[name=type]").size());
        assertTrue(retinoid != null, "the builder offers a retinoid");
        assertEquals("[\"pm\"]", retinoid.get("time").toString());
        assertEquals("pm", routine.selectFirst("#lw-routine-time-" + retinoid.get("id").getAsString()
                + " option[selected]").val());
        int position = retinoid.getAsJsonObject("orders").get("pm").getAsInt();
        assertTrue(position > 0, "after cleansing");
    }

    @Test
    void placesATypeInTheOneNumberFormBetweenTonerAndEssenceEverywhere() throws IOException {
        for (String routine : List.of("Morning", "Evening")) {
            assertEquals(stepOf(routine, "types/toner/") + 1, stepOf(routine, "types/face-mist/"), routine);
            assertEquals(stepOf(routine, "types/face-mist/") + 1, stepOf(routine, "types/essence/"), routine);
        }
        List<String> rows = site.page("compare/").select("table.lw-compare--all tbody th a").eachText();
        assertTrue(rows.indexOf("Toner") < rows.indexOf("Face mist"), rows.toString());
        assertTrue(rows.indexOf("Face mist") < rows.indexOf("Essence"), rows.toString());
        List<String> offered = new ArrayList<>();
        JsonObject data = JsonParser.parseString(Files.readString(site.output().resolve("routine-data.json")))
                .getAsJsonObject();
        for (String time : List.of("am", "pm")) {
            offered.clear();
            List<JsonObject> entries = new ArrayList<>();
            data.getAsJsonArray("types").forEach(e -> entries.add(e.getAsJsonObject()));
            entries.sort(java.util.Comparator.comparingInt(e -> e.getAsJsonObject("orders").get(time).getAsInt()));
            entries.forEach(e -> offered.add(e.get("id").getAsString()));
            assertTrue(offered.indexOf("toner") < offered.indexOf("face-mist"), time + ": " + offered);
            assertTrue(offered.indexOf("face-mist") < offered.indexOf("essence"), time + ": " + offered);
        }
    }
}
