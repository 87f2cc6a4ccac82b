package org.layerwise.plan;

import org.layerwise.derive.ArticleIndex;
import org.layerwise.derive.Attribute;
import org.layerwise.derive.ComparisonTable;
import org.layerwise.derive.Comparisons;
import org.layerwise.derive.FocusedComparison;
import org.layerwise.derive.IngredientIndex;
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
import org.layerwise.model.Heading;
import org.layerwise.model.ComparisonIntro;
import org.layerwise.model.GlossaryTerm;
import org.layerwise.model.Ingredient;
import org.layerwise.model.Page;
import org.layerwise.model.Placement;
import org.layerwise.model.Problem;
import org.layerwise.model.ProductType;
import org.layerwise.model.SiteContent;
import org.layerwise.model.TimeOfDay;
import org.layerwise.plan.PageData.ArticlePage;
import org.layerwise.plan.PageData.ArticlesPage;
import org.layerwise.plan.PageData.ComparePage;
import org.layerwise.plan.PageData.ComparisonPage;
import org.layerwise.plan.PageData.ContentPage;
import org.layerwise.plan.PageData.Fact;
import org.layerwise.plan.PageData.FaqPage;
import org.layerwise.plan.PageData.GlossaryPage;
import org.layerwise.plan.PageData.HomePage;
import org.layerwise.plan.PageData.IngredientPage;
import org.layerwise.plan.PageData.IngredientsPage;
import org.layerwise.plan.PageData.LayeringPage;
import org.layerwise.plan.PageData.NotFoundPage;
import org.layerwise.plan.PageData.PairEntry;
import org.layerwise.plan.PageData.PairsPage;
import org.layerwise.plan.PageData.PlacementNote;
import org.layerwise.plan.PageData.Prose;
import org.layerwise.plan.PageData.RedirectPage;
import org.layerwise.plan.PageData.RoutinePage;
import org.layerwise.plan.PageData.SearchPage;
import org.layerwise.plan.PageData.SeriesPage;
import org.layerwise.plan.PageData.TagPage;
import org.layerwise.plan.PageData.TagsPage;
import org.layerwise.plan.PageData.TopicEntry;
import org.layerwise.plan.PageData.TreatmentNote;
import org.layerwise.plan.PageData.TypePage;
import org.layerwise.plan.PageData.TypeSummary;
import org.layerwise.plan.PageData.TypesPage;
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
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.function.Function;

/**
 * Decides every page of the site, its address and what its template shows. Two pages that
 * would be written to the same address are reported, naming both sources.
 */
public final class SitePlanner {

    /** The fewest second-level headings an article needs for a table of contents. */
    static final int TOC_MINIMUM = 3;

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
        pages.add(home(problems));
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
        pages.add(new PlannedPage(SitePaths.ROUTINE, "Your routine, in order", description("routine"), null, crumbs(),
                new RoutinePage(diagrams(""), builder)));
        pages.add(articleIndex());
        for (Article article : articles.newestFirst()) {
            pages.add(articlePage(article, problems));
        }
        articles.byTag().forEach((tag, tagged) -> pages.add(tagPage(tag, tagged)));
        if (!articles.topics().isEmpty()) {
            pages.add(new PlannedPage(SitePaths.TAGS, "Topics", description("tags"), null,
                    crumbs("Articles", SitePaths.ARTICLES), new TagsPage(articles.topics().stream()
                            .map(t -> new TopicEntry(t.tag(), SitePaths.tag(t.tag()), articleCount(t.count())))
                            .toList())));
        }
        articles.bySeries().forEach((series, parts) -> pages.add(seriesPage(series, parts)));
        for (Page page : site.pages()) {
            pages.add(new PlannedPage(SitePaths.page(page.slug()), page.title(), page.summary(), page.origin().file(),
                    List.of(), new ContentPage(page, prose(page.body(), diagrams(""), page.origin().file(), problems)),
                    page.body()));
        }
        pages.add(faq());
        pages.add(glossary());
        pages.add(new PlannedPage(SitePaths.SEARCH, "Search", description("search"), null, crumbs(), new SearchPage()));
        pages.add(new PlannedPage(SitePaths.NOT_FOUND, "Page not found", description("notfound"), null, List.of(),
                new NotFoundPage()));
        addRedirects(pages);
        List<DataFile> files = new ArrayList<>();
        if (site.settings().published()) {
            files.add(XmlFeeds.atom(site.settings(), articles.newestFirst(), this::card));
            files.add(XmlFeeds.sitemap(site.settings(), pages.stream()
                    .filter(p -> p.isHtml() && !(p.data() instanceof NotFoundPage)
                            && !(p.data() instanceof RedirectPage))
                    .map(page -> SitePaths.encoded(page.path())).toList()));
        }
        files.add(new DataFile(SitePaths.ROUTINE_DATA, builder.json()));
        files.add(new DataFile(SitePaths.SEARCH_INDEX, SearchIndex.of(site).json()));
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
                    SitePaths.article(article.slug()), article.title(), article.origin().file())));
        }
        for (Page page : site.pages()) {
            page.aliases().forEach(alias -> pages.add(redirect(URI.create(alias).getPath().substring(1),
                    SitePaths.page(page.slug()), page.title(), page.origin().file())));
        }
        for (ProductType type : model.typesInOrder()) {
            type.movedFrom().forEach(old -> pages.add(redirect(SitePaths.type(old), SitePaths.type(type.id()),
                    type.name(), type.origin().file())));
        }
    }

    /** A page at {@code path} that sends readers and search engines on to {@code target}. */
    private PlannedPage redirect(String path, String target, String title, Path source) {
        String canonical = SitePaths.address(site.settings(), target);
        return new PlannedPage(path, title, title + " has moved to a new address.", source, List.of(),
                new RedirectPage(target, canonical));
    }

    /** The main navigation, with the section of {@code page} marked current. */
    public static List<NavItem> navigation(PlannedPage page) {
        String[][] items = {
                {"Types", SitePaths.TYPES}, {"Ingredients", SitePaths.INGREDIENTS}, {"Compare", SitePaths.COMPARE},
                {"Layering", SitePaths.LAYERING}, {"Routine", SitePaths.ROUTINE}, {"Articles", SitePaths.ARTICLES},
                {"FAQ", SitePaths.FAQ}, {"Glossary", SitePaths.GLOSSARY}, {"Search", SitePaths.SEARCH}};
        return Arrays.stream(items)
                .map(i -> new NavItem(i[0], i[1], page.path().startsWith(i[1])
                        || (i[1].equals(SitePaths.ARTICLES)
                        && (page.path().startsWith(SitePaths.TAGS) || page.path().startsWith(SitePaths.SERIES)))))
                .toList();
    }

    private PlannedPage home(List<Problem> problems) {
        Optional<FocusedComparison> featured = featured(problems);
        return new PlannedPage(SitePaths.HOME, site.settings().title(), site.settings().description(), null, List.of(),
                new HomePage(diagrams(""), featured, cards(articles.newestFirst().stream().limit(site.copy().homeArticles()).toList()),
                        site.types().size()));
    }

    /**
     * The comparison the home page shows in full: content/site.yaml's {@code home.featured}, or
     * the one of the most types when it names none (or none that exists, which is reported).
     */
    private Optional<FocusedComparison> featured(List<Problem> problems) {
        Optional<FocusedComparison> widest = comparisons.all().stream()
                .max(Comparator.comparing(c -> c.members().size()));
        return site.copy().featured().map(id -> comparisons.all().stream().filter(c -> c.slug().equals(id)).findFirst()
                .or(() -> {
                    Set<String> slugs = comparisons.all().stream().map(FocusedComparison::slug)
                            .collect(Collectors.toCollection(TreeSet::new));
                    problems.add(site.copy().origin().problem("home.featured", "there is no comparison '" + id + "'"
                            + Suggestion.didYouMean(id, slugs) + "; comparisons: " + String.join(", ", slugs)
                            + " (they come from the types' compare_with lists)"));
                    return widest;
                })).orElse(widest);
    }

    /** The description of a section page, from content/site.yaml. */
    private String description(String kind) {
        return site.copy().description(kind);
    }

    private PlannedPage typeIndex() {
        return new PlannedPage(SitePaths.TYPES, "Product types",
                description("types"), null, crumbs(),
                new TypesPage(model.typesInOrder().stream().map(t -> new TypeSummary(t.name(), SitePaths.type(t.id()),
                        t.summary(), model.placement(t.id()), t.frequency())).toList()));
    }

    private PlannedPage typePage(ProductType type, List<Problem> problems) {
        List<Fact> facts = Arrays.stream(Attribute.values())
                .filter(a -> a != Attribute.DISPUTES)
                .map(a -> new Fact(a.label(), a.cell(type, model)))
                .filter(f -> !f.cell().text().equals("—"))
                .toList();
        List<LayeringDiagram> diagrams = Arrays.stream(TimeOfDay.values()).filter(type::usedAt)
                .map(t -> LayeringDiagram.of(model.routine(t), type.id())).toList();
        TypePage data = new TypePage(type, type.reviewed().map(ReviewDate::of), facts,
                prose(type.description(), diagrams, type.origin().file(), problems), ingredients.carriedBy(type),
                placementNotes(type.id(), type.placements()), diagrams, comparisons.involving(type),
                cards(articles.about(type.id())));
        return new PlannedPage(SitePaths.type(type.id()), type.name(), type.summary(),
                type.origin().file(), crumbs("Product types", SitePaths.TYPES), data, type.description());
    }

    /** The ingredients index, the pairs page (both even before any ingredient is written) and one page per ingredient. */
    private void addIngredientPages(List<PlannedPage> pages) {
        pages.add(new PlannedPage(SitePaths.INGREDIENTS, "Ingredients",
                description("ingredients"), null, crumbs(),
                new IngredientsPage(ingredients.groups(), site.pairs().size())));
        pages.add(new PlannedPage(SitePaths.INGREDIENT_PAIRS, "Which ingredients go together",
                description("pairs"),
                site.pairs().isEmpty() ? null : site.pairs().get(0).origin().file(),
                crumbs("Ingredients", SitePaths.INGREDIENTS),
                new PairsPage(PairsTable.of(site.ingredients(), site.pairs()), pairEntries(),
                        ingredients.all().stream().filter(Ingredient::sunSensitising).toList())));
        for (Ingredient ingredient : ingredients.all()) {
            pages.add(ingredientPage(ingredient));
        }
    }

    /** Each pair, with links to the ingredients on either side. */
    private List<PairEntry> pairEntries() {
        Map<String, String> names = new HashMap<>();
        site.ingredients().forEach(i -> names.put(i.id(), i.name()));
        Function<List<String>, List<Link>> links = ids -> ids.stream()
                .map(id -> new Link(names.get(id), SitePaths.ingredient(id))).toList();
        return site.pairs().stream().map(p -> new PairEntry(p, links.apply(p.first()), links.apply(p.second())))
                .toList();
    }

    private PlannedPage ingredientPage(Ingredient ingredient) {
        List<ProductType> carriers = ingredients.carriers(ingredient, model);
        Set<String> carrierIds = carriers.stream().map(ProductType::id)
                .collect(Collectors.toSet());
        String note = "often carries " + ingredient.name().toLowerCase(Locale.ROOT);
        List<LayeringDiagram> diagrams = Arrays.stream(TimeOfDay.values()).filter(ingredient::usedAt)
                .map(t -> LayeringDiagram.of(model.routine(t), carrierIds, note)).toList();
        return new PlannedPage(SitePaths.ingredient(ingredient.id()), ingredient.name(), ingredient.summary(),
                ingredient.origin().file(), crumbs("Ingredients", SitePaths.INGREDIENTS),
                new IngredientPage(ingredient, carriers, ingredients.pairsOf(ingredient), diagrams));
    }

    private PlannedPage compareIndex() {
        return new PlannedPage(SitePaths.COMPARE, "Compare product types",
                description("compare"),
                null, crumbs(), new ComparePage(ComparisonTable.of(model), comparisons.all()));
    }

    private PlannedPage comparisonPage(FocusedComparison comparison, List<Problem> problems) {
        Optional<ComparisonIntro> intro = site.comparisonIntros().stream()
                .filter(i -> i.id().equals(comparison.slug())).findFirst();
        return new PlannedPage(SitePaths.comparison(comparison.slug()), comparison.title(),
                "How " + comparison.phrase() + " differ and what they share.",
                intro.map(ComparisonIntro::file).orElse(null), crumbs("Compare", SitePaths.COMPARE),
                new ComparisonPage(comparison, intro.map(i -> prose(i.body(), diagrams(""), i.file(), problems))),
                intro.map(ComparisonIntro::body).orElse(Body.EMPTY));
    }

    /** An intro in content/comparisons/ for a comparison no type's compare_with asks for. */
    private void unmatchedIntros(List<Problem> problems) {
        Set<String> slugs = comparisons.all().stream().map(FocusedComparison::slug)
                .collect(Collectors.toCollection(TreeSet::new));
        for (ComparisonIntro intro : site.comparisonIntros()) {
            if (!slugs.contains(intro.id())) {
                problems.add(Problem.at(intro.file(), 1, "there is no comparison page /"
                        + SitePaths.comparison(intro.id()) + " for this intro" + Suggestion.didYouMean(intro.id(), slugs)
                        + "; the file name must be a comparison's id (comparisons: " + String.join(", ", slugs)
                        + "), and comparisons come from the types' compare_with lists"));
            }
        }
    }

    private PlannedPage layering() {
        return new PlannedPage(SitePaths.LAYERING, "Layering order",
                description("layering"), null, crumbs(),
                new LayeringPage(diagrams(""), site.treatments().stream()
                        .map(t -> new TreatmentNote(t, SitePaths.glossaryTerm(t.term()),
                                placementNotes(t.id(), t.placements()))).toList()));
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
        return new PlannedPage(SitePaths.ARTICLES, "Articles",
                description("articles"), null, crumbs(),
                new ArticlesPage(cards(articles.newestFirst()), articles.byTag().keySet().stream()
                        .map(tag -> new Link(tag, SitePaths.tag(tag))).toList()));
    }

    private PlannedPage articlePage(Article article, List<Problem> problems) {
        List<Link> types = article.types().stream()
                .flatMap(id -> site.types().stream().filter(t -> t.id().equals(id)))
                .map(t -> new Link(t.name(), SitePaths.type(t.id()))).toList();
        ArticlePage data = new ArticlePage(article, card(article), article.reviewed().map(ReviewDate::of),
                site.settings().editUrl(article.origin().file()), types, tableOfContents(article.body()),
                prose(article.body(), diagrams(""), article.origin().file(), problems),
                article.series().map(series -> new Link(seriesName(series), SitePaths.series(series))),
                articles.previousInSeries(article).map(this::card), articles.nextInSeries(article).map(this::card));
        return new PlannedPage(SitePaths.article(article.slug()), article.title(), article.summary(),
                article.origin().file(), crumbs("Articles", SitePaths.ARTICLES), data, article.body());
    }

    /** An article's second-level headings, when there are at least {@value #TOC_MINIMUM}; none otherwise. */
    static List<Heading> tableOfContents(Body body) {
        List<Heading> headings = body.headings().stream().filter(h -> h.level() == 2).toList();
        return headings.size() >= TOC_MINIMUM ? headings : List.of();
    }

    private PlannedPage seriesPage(String series, List<Article> parts) {
        return new PlannedPage(SitePaths.series(series), seriesName(series),
                "All " + parts.size() + " parts of the series, in reading order.", null,
                crumbs("Articles", SitePaths.ARTICLES), new SeriesPage(cards(parts)));
    }

    /** "1 article", "3 articles". */
    static String articleCount(int count) {
        return count + (count == 1 ? " article" : " articles");
    }

    /** "reader-questions" → "Reader questions". */
    private static String seriesName(String series) {
        return Wording.capitalized(series.replace('-', ' '));
    }

    private PlannedPage tagPage(String tag, List<Article> tagged) {
        return new PlannedPage(SitePaths.tag(tag), "Articles tagged “" + tag + "”",
                "Articles about " + tag.replace('-', ' ') + ".", null, crumbs("Articles", SitePaths.ARTICLES),
                new TagPage(tag, cards(tagged)));
    }

    private PlannedPage faq() {
        return new PlannedPage(SitePaths.FAQ, "Frequently asked questions",
                description("faq"),
                site.faq().isEmpty() ? null : site.faq().get(0).origin().file(), crumbs(), new FaqPage(site.faq()));
    }

    private PlannedPage glossary() {
        List<GlossaryTerm> terms = site.glossary().stream()
                .sorted(Comparator.comparing((GlossaryTerm t) -> t.term().toLowerCase(Locale.ROOT)))
                .toList();
        return new PlannedPage(SitePaths.GLOSSARY, "Glossary",
                description("glossary"),
                site.glossary().isEmpty() ? null : site.glossary().get(0).origin().file(), crumbs(),
                new GlossaryPage(terms));
    }

    private List<LayeringDiagram> diagrams(String highlight) {
        if (highlight.isEmpty()) {
            return plainDiagrams;
        }
        return List.of(LayeringDiagram.of(model.routine(TimeOfDay.AM), highlight),
                LayeringDiagram.of(model.routine(TimeOfDay.PM), highlight));
    }

    /**
     * A body cut at its embeds, with the layering {@code diagrams} and the routine lists its
     * {@code {{routine …}}} embeds show; an embed naming an id its routine does not have is
     * reported at its line.
     */
    private Prose prose(Body body, List<LayeringDiagram> diagrams, Path file, List<Problem> problems) {
        List<BodyPart> parts = BodyPart.split(body.html());
        Map<String, RoutineModel.Routine> routines = new HashMap<>();
        for (BodyPart part : parts) {
            if (part.routine()) {
                RoutineEmbed embed = RoutineEmbed.ofMarker(part.embed());
                model.excerpt(embed, message -> problems.add(Problem.at(file, embed.line(), message)))
                        .ifPresent(routine -> routines.put(part.embed(), routine));
            }
        }
        return new Prose(parts, diagrams, routines);
    }

    private List<ArticleCard> cards(List<Article> list) {
        return list.stream().map(this::card).toList();
    }

    private ArticleCard card(Article article) {
        return cards.computeIfAbsent(article, a -> ArticleCard.of(a, site.settings().scheduled(a)));
    }

    private static List<PlannedPage.Crumb> crumbs(String... labelsAndPaths) {
        List<PlannedPage.Crumb> crumbs = new ArrayList<>();
        crumbs.add(new PlannedPage.Crumb("Home", SitePaths.HOME));
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
