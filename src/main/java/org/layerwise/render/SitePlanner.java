package org.layerwise.render;

import org.layerwise.derive.ArticleIndex;
import org.layerwise.derive.Attribute;
import org.layerwise.derive.Cell;
import org.layerwise.derive.ComparisonTable;
import org.layerwise.derive.Comparisons;
import org.layerwise.derive.FocusedComparison;
import org.layerwise.derive.IngredientIndex;
import org.layerwise.derive.IngredientPages;
import org.layerwise.derive.PairsTable;
import org.layerwise.derive.LayeringDiagram;
import org.layerwise.derive.RoutineBuilderData;
import org.layerwise.derive.RoutineModel;
import org.layerwise.derive.SearchIndex;
import org.layerwise.derive.Wording;
import org.layerwise.markdown.RoutineEmbed;
import org.layerwise.model.SitePaths;
import org.layerwise.model.Article;
import org.layerwise.model.Body;
import org.layerwise.model.ComparisonIntro;
import org.layerwise.model.GlossaryTerm;
import org.layerwise.model.Ingredient;
import org.layerwise.model.Page;
import org.layerwise.model.Placement;
import org.layerwise.model.Source;
import org.layerwise.model.Treatment;
import org.layerwise.model.Problem;
import org.layerwise.model.ProductType;
import org.layerwise.model.SiteContent;
import org.layerwise.model.TimeOfDay;
import org.layerwise.model.Suggestion;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides every page of the site, its address and what its template shows. Two pages that
 * would be written to the same address are reported, naming both sources.
 */
public final class SitePlanner {

    /** A labelled fact on a type page. */
    public record Fact(String label, Cell cell) {
    }

    /**
     * Where a type or treatment goes in one routine, for its page: "step 6 of 8" or where a side
     * step slots in, why, and the pages that say so.
     */
    public record PlacementNote(String routine, String text, String reason, List<Source> sources) {
    }

    /** A link to a page of the site: a type from an article or the FAQ, an article's series. */
    public record Link(String name, String path) {
    }

    /** The article shown first on the home page's comparison. */
    private static final String FEATURED = "essence-vs-serum-vs-ampoule";

    private final SiteContent site;
    private final RoutineModel model;
    private final Comparisons comparisons;
    private final ArticleIndex articles;
    private final IngredientIndex ingredients;
    private final List<LayeringDiagram> plainDiagrams;
    /** Each article's card, made once: an article appears in several lists. */
    private final Map<Article, ArticleCard> cards = new IdentityHashMap<>();

    public SitePlanner(SiteContent site) {
        this.site = site;
        this.model = new RoutineModel(site.types(), site.treatments());
        this.comparisons = new Comparisons(site.types(), model);
        this.articles = new ArticleIndex(site.articles());
        this.ingredients = new IngredientIndex(site.ingredients(), site.pairs());
        // the same two diagrams appear on the home page, the layering page and every article that embeds them
        this.plainDiagrams = List.of(LayeringDiagram.of(model.routine(TimeOfDay.AM), ""),
                LayeringDiagram.of(model.routine(TimeOfDay.PM), ""));
    }

    /** Every page and data file, in a fixed order; problems for clashing addresses go to {@code problems}. */
    public SitePlan plan(List<Problem> problems) {
        RoutineBuilderData builder = RoutineBuilderData.of(model, site.ingredients(), site.pairs());
        builder.mismatches(model).forEach(m -> problems.add(Problem.at(Path.of("content", "types"), 0, m)));
        List<PlannedPage> pages = new ArrayList<>();
        pages.add(home());
        pages.add(typeIndex());
        for (ProductType type : model.typesInOrder()) {
            pages.add(typePage(type, problems));
        }
        pages.add(compareIndex());
        for (FocusedComparison comparison : comparisons.all()) {
            pages.add(comparisonPage(comparison, problems));
        }
        unmatchedIntros(problems);
        addIngredientPages(pages);
        pages.add(layering());
        pages.add(new PlannedPage("routine/", "routine", "Your routine, in order",
                "Put the products you use in the right order for morning and evening.", null, crumbs(),
                Map.of("diagrams", diagrams(""), "builder", builder)));
        pages.add(articleIndex());
        for (Article article : articles.newestFirst()) {
            pages.add(articlePage(article, problems));
        }
        articles.byTag().forEach((tag, tagged) -> pages.add(tagPage(tag, tagged)));
        if (!articles.topics().isEmpty()) {
            pages.add(new PlannedPage("tags/", "tags", "Topics",
                    "Every topic the articles cover, with the number of articles on each.", null,
                    crumbs("Articles", "articles/"), Map.of("topics", articles.topics())));
        }
        articles.bySeries().forEach((series, parts) -> pages.add(seriesPage(series, parts)));
        for (Page page : site.pages()) {
            pages.add(new PlannedPage(page.slug() + "/", "page", page.title(), page.summary(), page.origin().file(),
                    List.of(), Map.of("content", page, "parts", BodyPart.split(page.body().html()),
                    "diagrams", diagrams(""), "routines", routines(page.body(), page.origin().file(), problems)),
                    page.body()));
        }
        pages.add(faq());
        pages.add(glossary());
        pages.add(new PlannedPage("search/", "search", "Search",
                "Search the articles, product types, questions and glossary.", null, crumbs(), Map.of()));
        pages.add(new PlannedPage("404.html", "notfound", "Page not found",
                "The page you asked for is not here.", null, List.of(), Map.of()));
        addRedirects(pages);
        List<DataFile> files = new ArrayList<>();
        if (site.settings().published()) {
            files.add(XmlFeeds.atom(site.settings(), articles.newestFirst(), this::card));
            files.add(XmlFeeds.sitemap(site.settings(), pages.stream()
                    .filter(p -> p.file().endsWith(".html") && !p.kind().equals("notfound") && !p.kind().equals("redirect"))
                    .map(page -> SitePaths.encoded(page.path())).toList()));
        }
        files.add(new DataFile(RoutineBuilderData.FILE, builder.json()));
        files.add(new DataFile("search-index.json", SearchIndex.of(site).json()));
        reportClashes(pages, problems);
        return new SitePlan(site, pages, files);
    }

    /**
     * A redirect page at each old address: an article's or page's {@code aliases}, a type's
     * {@code moved_from} ids. Added after every real page, so that an old address that is some
     * page's own is reported as that page's clash.
     */
    private void addRedirects(List<PlannedPage> pages) {
        for (Article article : articles.newestFirst()) {
            article.aliases().forEach(alias -> pages.add(redirect(URI.create(alias).getPath().substring(1),
                    "articles/" + article.slug() + "/", article.title(), article.origin().file())));
        }
        for (Page page : site.pages()) {
            page.aliases().forEach(alias -> pages.add(redirect(URI.create(alias).getPath().substring(1),
                    page.slug() + "/", page.title(), page.origin().file())));
        }
        for (ProductType type : model.typesInOrder()) {
            type.movedFrom().forEach(old -> pages.add(redirect("types/" + old + "/", "types/" + type.id() + "/",
                    type.name(), type.origin().file())));
        }
    }

    /** A page at {@code path} that sends readers and search engines on to {@code target}. */
    private PlannedPage redirect(String path, String target, String title, Path source) {
        String canonical = SitePaths.address(site.settings(), target);
        return new PlannedPage(path, "redirect", title, title + " has moved to a new address.", source, List.of(),
                Map.of("target", target, "targetUrl", canonical));
    }

    /** The main navigation, with the section of {@code page} marked current. */
    public static List<NavItem> navigation(PlannedPage page) {
        String[][] items = {
                {"Types", "types/"}, {"Ingredients", "ingredients/"}, {"Compare", "compare/"}, {"Layering", "layering/"},
                {"Routine", "routine/"},
                {"Articles", "articles/"}, {"FAQ", "faq/"}, {"Glossary", "glossary/"}, {"Search", "search/"}};
        return Arrays.stream(items)
                .map(i -> new NavItem(i[0], i[1], page.path().startsWith(i[1])
                        || (i[1].equals("articles/") && (page.path().startsWith("tags/") || page.path().startsWith("series/")))))
                .toList();
    }

    private PlannedPage home() {
        Optional<FocusedComparison> featured = comparisons.all().stream().filter(c -> c.slug().equals(FEATURED))
                .findFirst().or(() -> comparisons.all().stream().max(Comparator.comparing(c -> c.members().size())));
        Map<String, Object> data = new HashMap<>();
        data.put("diagrams", diagrams(""));
        featured.ifPresent(c -> data.put("featured", c));
        data.put("articles", cards(articles.newestFirst().stream().limit(4).toList()));
        data.put("typeCount", site.types().size());
        return new PlannedPage("", "index", site.settings().title(), site.settings().description(), null, List.of(),
                data);
    }

    private PlannedPage typeIndex() {
        return new PlannedPage("types/", "types", "Product types",
                "Every skincare product type in the order it goes on, with what it is for.", null, crumbs(),
                Map.of("types", model.typesInOrder(), "placements", placements()));
    }

    private PlannedPage typePage(ProductType type, List<Problem> problems) {
        List<Fact> facts = Arrays.stream(Attribute.values())
                .filter(a -> a != Attribute.DISPUTES)
                .map(a -> new Fact(a.label(), a.cell(type, model)))
                .filter(f -> !f.cell().text().equals("—"))
                .toList();
        List<LayeringDiagram> diagrams = Arrays.stream(TimeOfDay.values()).filter(type::usedAt)
                .map(t -> LayeringDiagram.of(model.routine(t), type.id())).toList();
        Map<String, Object> data = new HashMap<>();
        data.put("type", type);
        data.put("facts", facts);
        data.put("diagrams", diagrams);
        data.put("placementNotes", placementNotes(type.id(), type.placements()));
        data.put("comparisons", comparisons.involving(type));
        data.put("articles", cards(articles.about(type.id())));
        data.put("parts", BodyPart.split(type.description().html()));
        type.reviewed().map(ReviewDate::of).ifPresent(r -> data.put("reviewed", r));
        data.put("ingredients", ingredients.carriedBy(type));
        data.put("routines", routines(type.description(), type.origin().file(), problems));
        return new PlannedPage("types/" + type.id() + "/", "type", type.name(), type.summary(),
                type.origin().file(), crumbs("Product types", "types/"), data, type.description());
    }

    /** The ingredients index, the pairs page (both even before any ingredient is written) and one page per ingredient. */
    private void addIngredientPages(List<PlannedPage> pages) {
        pages.add(new PlannedPage(IngredientPages.INDEX, "ingredients", "Ingredients",
                "Active and supporting skincare ingredients by what they do: the evidence, when to use them, "
                        + "and which ones go together.", null, crumbs(),
                Map.of("groups", ingredients.groups(), "pairCount", site.pairs().size())));
        pages.add(new PlannedPage(IngredientPages.PAIRS, "pairs", "Which ingredients go together",
                "A table of skincare ingredients against each other: which pairs conflict, which need care, "
                        + "which are fine, and which clashes are myths.",
                site.pairs().isEmpty() ? null : site.pairs().get(0).origin().file(),
                crumbs("Ingredients", IngredientPages.INDEX),
                Map.of("table", PairsTable.of(site.ingredients(), site.pairs()), "pairs", site.pairs(),
                        "names", ingredientNames(), "sunSensitising",
                        ingredients.all().stream().filter(Ingredient::sunSensitising).toList())));
        for (Ingredient ingredient : ingredients.all()) {
            pages.add(ingredientPage(ingredient));
        }
    }

    private Map<String, String> ingredientNames() {
        Map<String, String> names = new HashMap<>();
        site.ingredients().forEach(i -> names.put(i.id(), i.name()));
        return names;
    }

    private PlannedPage ingredientPage(Ingredient ingredient) {
        List<ProductType> carriers = ingredients.carriers(ingredient, model);
        java.util.Set<String> carrierIds = carriers.stream().map(ProductType::id)
                .collect(java.util.stream.Collectors.toSet());
        String note = "often carries " + ingredient.name().toLowerCase(Locale.ROOT);
        List<LayeringDiagram> diagrams = Arrays.stream(TimeOfDay.values()).filter(ingredient::usedAt)
                .map(t -> LayeringDiagram.of(model.routine(t), carrierIds, note)).toList();
        Map<String, Object> data = new HashMap<>();
        data.put("ingredient", ingredient);
        data.put("carriers", carriers);
        data.put("pairs", ingredients.pairsOf(ingredient));
        data.put("diagrams", diagrams);
        return new PlannedPage(IngredientPages.path(ingredient), "ingredient", ingredient.name(), ingredient.summary(),
                ingredient.origin().file(), crumbs("Ingredients", IngredientPages.INDEX), data);
    }

    private PlannedPage compareIndex() {
        return new PlannedPage("compare/", "compare", "Compare product types",
                "Every skincare product type side by side: place in the routine, texture, strength and how often.",
                null, crumbs(), Map.of("table", ComparisonTable.of(model), "comparisons", comparisons.all()));
    }

    private PlannedPage comparisonPage(FocusedComparison comparison, List<Problem> problems) {
        Optional<ComparisonIntro> intro = site.comparisonIntros().stream()
                .filter(i -> i.id().equals(comparison.slug())).findFirst();
        Map<String, Object> data = new HashMap<>();
        data.put("comparison", comparison);
        intro.ifPresent(i -> {
            data.put("parts", BodyPart.split(i.body().html()));
            data.put("diagrams", diagrams(""));
            data.put("routines", routines(i.body(), i.file(), problems));
        });
        return new PlannedPage("compare/" + comparison.slug() + "/", "comparison", comparison.title(),
                "How " + comparison.phrase() + " differ and what they share.",
                intro.map(ComparisonIntro::file).orElse(null), crumbs("Compare", "compare/"), data,
                intro.map(ComparisonIntro::body).orElse(Body.EMPTY));
    }

    /** An intro in content/comparisons/ for a comparison no type's compare_with asks for. */
    private void unmatchedIntros(List<Problem> problems) {
        Set<String> slugs = comparisons.all().stream().map(FocusedComparison::slug)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        for (ComparisonIntro intro : site.comparisonIntros()) {
            if (!slugs.contains(intro.id())) {
                problems.add(Problem.at(intro.file(), 1, "there is no comparison page /compare/" + intro.id()
                        + "/ for this intro" + Suggestion.didYouMean(intro.id(), slugs)
                        + "; the file name must be a comparison's id (comparisons: " + String.join(", ", slugs)
                        + "), and comparisons come from the types' compare_with lists"));
            }
        }
    }

    private PlannedPage layering() {
        return new PlannedPage("layering/", "layering", "Layering order",
                "The order skincare goes on, morning and evening, drawn from thinnest to thickest.", null, crumbs(),
                Map.of("diagrams", diagrams(""), "treatments", site.treatments().stream()
                        .map(t -> new TreatmentNote(t, placementNotes(t.id(), t.placements()))).toList()));
    }

    /** A treatment step and where it goes, for the layering page. */
    public record TreatmentNote(Treatment treatment, List<PlacementNote> placements) {
    }

    private List<PlacementNote> placementNotes(String id, Map<TimeOfDay, Placement> placements) {
        List<PlacementNote> notes = new ArrayList<>();
        for (RoutineModel.Routine routine : model.routines()) {
            Placement placement = placements.get(routine.time());
            routine.placement(id).ifPresent(text -> notes.add(new PlacementNote(routine.name(), text,
                    placement == null ? "" : placement.reason(), placement == null ? List.of() : placement.sources())));
        }
        return notes;
    }

    private PlannedPage articleIndex() {
        return new PlannedPage("articles/", "articles", "Articles",
                "Guides and reader questions on serums, ampoules, essences, emulsions and layering.", null, crumbs(),
                Map.of("articles", cards(articles.newestFirst()), "topics", articles.byTag().keySet().stream().toList()));
    }

    private PlannedPage articlePage(Article article, List<Problem> problems) {
        Map<String, Object> data = new HashMap<>();
        data.put("article", article);
        data.put("card", card(article));
        article.reviewed().map(ReviewDate::of).ifPresent(r -> data.put("reviewed", r));
        site.settings().editUrl(article.origin().file()).ifPresent(url -> data.put("editUrl", url));
        data.put("parts", BodyPart.split(article.body().html()));
        data.put("routines", routines(article.body(), article.origin().file(), problems));
        data.put("diagrams", diagrams(""));
        data.put("types", article.types().stream()
                .flatMap(id -> site.types().stream().filter(t -> t.id().equals(id)))
                .map(t -> new Link(t.name(), "types/" + t.id() + "/")).toList());
        data.put("toc", article.body().headings().stream().filter(h -> h.level() == 2).toList());
        articles.previousInSeries(article).map(this::card).ifPresent(c -> data.put("previous", c));
        articles.nextInSeries(article).map(this::card).ifPresent(c -> data.put("next", c));
        article.series().ifPresent(series -> data.put("series", new Link(seriesName(series), seriesPath(series))));
        return new PlannedPage("articles/" + article.slug() + "/", "article", article.title(), article.summary(),
                article.origin().file(), crumbs("Articles", "articles/"), data, article.body());
    }

    private PlannedPage seriesPage(String series, List<Article> parts) {
        return new PlannedPage(seriesPath(series), "series", seriesName(series),
                "All " + parts.size() + " parts of the series, in reading order.", null, crumbs("Articles", "articles/"),
                Map.of("articles", cards(parts)));
    }

    private static String seriesPath(String series) {
        return "series/" + series + "/";
    }

    /** "reader-questions" → "Reader questions". */
    private static String seriesName(String series) {
        return Wording.capitalized(series.replace('-', ' '));
    }

    private PlannedPage tagPage(String tag, List<Article> tagged) {
        return new PlannedPage("tags/" + tag + "/", "tag", "Articles tagged “" + tag + "”",
                "Articles about " + tag.replace('-', ' ') + ".", null, crumbs("Articles", "articles/"),
                Map.of("tag", tag, "articles", cards(tagged)));
    }

    private PlannedPage faq() {
        return new PlannedPage("faq/", "faq", "Frequently asked questions",
                "Short answers to what readers ask most about serums, ampoules, essences, emulsions and layering.",
                site.faq().isEmpty() ? null : site.faq().get(0).origin().file(), crumbs(), Map.of("entries", site.faq()));
    }

    private PlannedPage glossary() {
        List<GlossaryTerm> terms = site.glossary().stream()
                .sorted(Comparator.comparing((GlossaryTerm t) -> t.term().toLowerCase(Locale.ROOT)))
                .toList();
        return new PlannedPage("glossary/", "glossary", "Glossary",
                "Skincare words explained: humectants, emollients, actives, acids and more.",
                site.glossary().isEmpty() ? null : site.glossary().get(0).origin().file(), crumbs(),
                Map.of("terms", terms));
    }

    private List<LayeringDiagram> diagrams(String highlight) {
        if (highlight.isEmpty()) {
            return plainDiagrams;
        }
        return List.of(LayeringDiagram.of(model.routine(TimeOfDay.AM), highlight),
                LayeringDiagram.of(model.routine(TimeOfDay.PM), highlight));
    }

    /**
     * The routine lists a body's {@code {{routine …}}} embeds show, by marker; an embed naming an
     * id its routine does not have is reported at its line.
     */
    private Map<String, RoutineModel.Routine> routines(Body body, Path file, List<Problem> problems) {
        Map<String, RoutineModel.Routine> routines = new HashMap<>();
        for (BodyPart part : BodyPart.split(body.html())) {
            if (part.routine()) {
                RoutineEmbed embed = RoutineEmbed.ofMarker(part.embed());
                model.excerpt(embed, message -> problems.add(Problem.at(file, embed.line(), message)))
                        .ifPresent(routine -> routines.put(part.embed(), routine));
            }
        }
        return routines;
    }

    /** Each type's place in the routines, by id: "Morning: step 5 of 9 · Evening: step 7 of 11". */
    private Map<String, String> placements() {
        Map<String, String> placements = new HashMap<>();
        site.types().forEach(t -> placements.put(t.id(), model.placement(t.id())));
        return placements;
    }

    private List<ArticleCard> cards(List<Article> list) {
        return list.stream().map(this::card).toList();
    }

    private ArticleCard card(Article article) {
        return cards.computeIfAbsent(article, a -> ArticleCard.of(a, site.settings().scheduled(a)));
    }

    private static List<PlannedPage.Crumb> crumbs(String... labelsAndPaths) {
        List<PlannedPage.Crumb> crumbs = new ArrayList<>();
        crumbs.add(new PlannedPage.Crumb("Home", ""));
        for (int i = 0; i + 1 < labelsAndPaths.length; i += 2) {
            crumbs.add(new PlannedPage.Crumb(labelsAndPaths[i], labelsAndPaths[i + 1]));
        }
        return crumbs;
    }

    private static void reportClashes(List<PlannedPage> pages, List<Problem> problems) {
        Map<String, PlannedPage> byFile = new LinkedHashMap<>();
        for (PlannedPage page : pages) {
            PlannedPage first = byFile.putIfAbsent(page.file(), page);
            if (first != null) {
                Path source = page.source() != null ? page.source() : Path.of("content");
                problems.add(Problem.at(source, 0, "this page would be written to /" + page.path()
                        + ", which " + (first.source() != null ? first.source() : "the site's own " + first.kind()
                        + " page") + " already uses: rename one of them"));
            }
        }
    }
}
