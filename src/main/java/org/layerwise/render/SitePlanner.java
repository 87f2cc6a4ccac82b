package org.layerwise.render;

import org.layerwise.derive.ArticleIndex;
import org.layerwise.derive.Attribute;
import org.layerwise.derive.Cell;
import org.layerwise.derive.ComparisonTable;
import org.layerwise.derive.Comparisons;
import org.layerwise.derive.FocusedComparison;
import org.layerwise.derive.LayeringDiagram;
import org.layerwise.derive.RoutineBuilderData;
import org.layerwise.derive.RoutineOrder;
import org.layerwise.derive.SearchIndex;
import org.layerwise.model.Article;
import org.layerwise.model.GlossaryTerm;
import org.layerwise.model.Page;
import org.layerwise.model.Problem;
import org.layerwise.model.ProductType;
import org.layerwise.model.SiteContent;
import org.layerwise.model.TimeOfDay;

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

/**
 * Decides every page of the site, its address and what its template shows. Two pages that
 * would be written to the same address are reported, naming both sources.
 */
public final class SitePlanner {

    /** A labelled fact on a type page. */
    public record Fact(String label, Cell cell) {
    }

    /** A type linked from an article or the FAQ. */
    public record TypeLink(String name, String path) {
    }

    /** The article shown first on the home page's comparison. */
    private static final String FEATURED = "essence-vs-serum-vs-ampoule";

    private final SiteContent site;
    private final RoutineOrder order;
    private final Comparisons comparisons;
    private final ArticleIndex articles;
    private final List<LayeringDiagram> plainDiagrams;
    /** Each article's card, made once: an article appears in several lists. */
    private final Map<Article, ArticleCard> cards = new IdentityHashMap<>();

    public SitePlanner(SiteContent site) {
        this.site = site;
        this.order = new RoutineOrder(site.types());
        this.comparisons = new Comparisons(site.types(), order);
        this.articles = new ArticleIndex(site.articles());
        // the same two diagrams appear on the home page, the layering page and every article that embeds them
        this.plainDiagrams = List.of(LayeringDiagram.of(order, TimeOfDay.AM, ""), LayeringDiagram.of(order, TimeOfDay.PM, ""));
    }

    /** Every page and data file, in a fixed order; problems for clashing addresses go to {@code problems}. */
    public SitePlan plan(List<Problem> problems) {
        RoutineBuilderData builder = RoutineBuilderData.of(order, site.routineRules());
        List<PlannedPage> pages = new ArrayList<>();
        pages.add(home());
        pages.add(typeIndex());
        for (ProductType type : order.all()) {
            pages.add(typePage(type));
        }
        pages.add(compareIndex());
        for (FocusedComparison comparison : comparisons.all()) {
            pages.add(comparisonPage(comparison));
        }
        pages.add(layering());
        pages.add(new PlannedPage("routine/", "routine", "Your routine, in order",
                "Put the products you use in the right order for morning and evening.", null, crumbs(),
                Map.of("diagrams", diagrams(""), "builder", builder)));
        pages.add(articleIndex());
        for (Article article : articles.newestFirst()) {
            pages.add(articlePage(article));
        }
        articles.byTag().forEach((tag, tagged) -> pages.add(tagPage(tag, tagged)));
        for (Page page : site.pages()) {
            pages.add(new PlannedPage(page.slug() + "/", "page", page.title(), page.summary(), page.origin().file(),
                    List.of(), Map.of("content", page, "parts", BodyPart.split(page.body().html())), page.body()));
        }
        pages.add(faq());
        pages.add(glossary());
        pages.add(new PlannedPage("search/", "search", "Search",
                "Search the articles, product types, questions and glossary.", null, crumbs(), Map.of()));
        pages.add(new PlannedPage("404.html", "notfound", "Page not found",
                "The page you asked for is not here.", null, List.of(), Map.of()));
        pages.add(new PlannedPage("feed.xml", "feed", "Articles", site.settings().description(), null, List.of(),
                Map.of("articles", cards(articles.newestFirst()))));
        pages.add(new PlannedPage("sitemap.xml", "sitemap", "Sitemap", "", null, List.of(),
                Map.of("paths", pages.stream().filter(p -> p.file().endsWith(".html") && !p.kind().equals("notfound"))
                        .map(page -> PlannedPage.urlPath(page.path())).toList())));
        List<DataFile> files = new ArrayList<>();
        files.add(new DataFile(RoutineBuilderData.FILE, builder.json()));
        files.add(new DataFile("search-index.json", SearchIndex.of(site).json()));
        reportClashes(pages, problems);
        return new SitePlan(site, pages, files);
    }

    /** The main navigation, with the section of {@code page} marked current. */
    public static List<NavItem> navigation(PlannedPage page) {
        String[][] items = {
                {"Types", "types/"}, {"Compare", "compare/"}, {"Layering", "layering/"}, {"Routine", "routine/"},
                {"Articles", "articles/"}, {"FAQ", "faq/"}, {"Glossary", "glossary/"}, {"Search", "search/"}};
        return Arrays.stream(items)
                .map(i -> new NavItem(i[0], i[1], page.path().startsWith(i[1])
                        || (i[1].equals("articles/") && page.path().startsWith("tags/"))))
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
                Map.of("groups", order.groups()));
    }

    private PlannedPage typePage(ProductType type) {
        List<Fact> facts = Arrays.stream(Attribute.values())
                .filter(a -> a != Attribute.DISPUTES)
                .map(a -> new Fact(a.label(), a.cell(type, order)))
                .filter(f -> !f.cell().text().equals("—"))
                .toList();
        List<LayeringDiagram> diagrams = Arrays.stream(TimeOfDay.values()).filter(type::usedAt)
                .map(t -> LayeringDiagram.of(order, t, type.id())).toList();
        Map<String, Object> data = new HashMap<>();
        data.put("type", type);
        data.put("facts", facts);
        data.put("diagrams", diagrams);
        data.put("comparisons", comparisons.involving(type));
        data.put("articles", cards(articles.about(type.id())));
        data.put("parts", BodyPart.split(type.description().html()));
        return new PlannedPage("types/" + type.id() + "/", "type", type.name(), type.summary(),
                type.origin().file(), crumbs("Product types", "types/"), data, type.description());
    }

    private PlannedPage compareIndex() {
        return new PlannedPage("compare/", "compare", "Compare product types",
                "Every skincare product type side by side: place in the routine, texture, strength and how often.",
                null, crumbs(), Map.of("table", ComparisonTable.of(order), "comparisons", comparisons.all()));
    }

    private PlannedPage comparisonPage(FocusedComparison comparison) {
        String names = comparison.members().stream().map(t -> t.name().toLowerCase(Locale.ROOT)).toList().toString();
        return new PlannedPage("compare/" + comparison.slug() + "/", "comparison", comparison.title(),
                "How " + names.substring(1, names.length() - 1).replace(",", " and") + " differ and what they share.",
                null, crumbs("Compare", "compare/"), Map.of("comparison", comparison));
    }

    private PlannedPage layering() {
        return new PlannedPage("layering/", "layering", "Layering order",
                "The order skincare goes on, morning and evening, drawn from thinnest to thickest.", null, crumbs(),
                Map.of("diagrams", diagrams("")));
    }

    private PlannedPage articleIndex() {
        return new PlannedPage("articles/", "articles", "Articles",
                "Guides and reader questions on serums, ampoules, essences, emulsions and layering.", null, crumbs(),
                Map.of("articles", cards(articles.newestFirst()), "topics", articles.byTag().keySet().stream().toList()));
    }

    private PlannedPage articlePage(Article article) {
        Map<String, Object> data = new HashMap<>();
        data.put("article", article);
        data.put("card", card(article));
        data.put("parts", BodyPart.split(article.body().html()));
        data.put("diagrams", diagrams(""));
        data.put("types", article.types().stream()
                .flatMap(id -> site.types().stream().filter(t -> t.id().equals(id)))
                .map(t -> new TypeLink(t.name(), "types/" + t.id() + "/")).toList());
        data.put("toc", article.body().headings().stream().filter(h -> h.level() == 2).toList());
        articles.previousInSeries(article).map(this::card).ifPresent(c -> data.put("previous", c));
        articles.nextInSeries(article).map(this::card).ifPresent(c -> data.put("next", c));
        return new PlannedPage("articles/" + article.slug() + "/", "article", article.title(), article.summary(),
                article.origin().file(), crumbs("Articles", "articles/"), data, article.body());
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
        return List.of(LayeringDiagram.of(order, TimeOfDay.AM, highlight),
                LayeringDiagram.of(order, TimeOfDay.PM, highlight));
    }

    private List<ArticleCard> cards(List<Article> list) {
        return list.stream().map(this::card).toList();
    }

    private ArticleCard card(Article article) {
        return cards.computeIfAbsent(article, ArticleCard::of);
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
