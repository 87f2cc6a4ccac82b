package org.layerwise.plan;

import org.layerwise.derive.Cell;
import org.layerwise.derive.ComparisonTable;
import org.layerwise.derive.FocusedComparison;
import org.layerwise.derive.IngredientIndex;
import org.layerwise.derive.LayeringDiagram;
import org.layerwise.derive.PairsTable;
import org.layerwise.derive.RoutineBuilderData;
import org.layerwise.derive.RoutineModel;
import org.layerwise.model.Article;
import org.layerwise.model.FaqEntry;
import org.layerwise.model.GlossaryTerm;
import org.layerwise.model.Heading;
import org.layerwise.model.Ingredient;
import org.layerwise.model.IngredientPair;
import org.layerwise.model.Page;
import org.layerwise.model.ProductType;
import org.layerwise.model.Source;
import org.layerwise.model.Treatment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the template of each page kind receives: one record per kind. The renderer gives the
 * template each component of the record as a top-level variable of the same name (an empty
 * {@link Optional} is left out, so templates test it with {@code ??}), besides {@code page} (the
 * {@link PlannedPage}), {@code site}, {@code root}, {@code nav}, {@code canonical} and {@code jsonLd}.
 * {@link #kind()} names the template, through {@code template.<kind>.file} in jbake.properties.
 */
public sealed interface PageData {

    /** The page kind: its template is {@code template.<kind>.file} in jbake.properties. */
    String kind();

    /**
     * A Markdown body cut at its embeds, with what the embeds show: the layering diagrams for
     * {@code {{layering-diagram}}}, and each {@code {{routine …}}} list by its marker.
     */
    record Prose(List<BodyPart> parts, List<LayeringDiagram> diagrams, Map<String, RoutineModel.Routine> routines) {
        public Prose {
            parts = List.copyOf(parts);
            diagrams = List.copyOf(diagrams);
            routines = Map.copyOf(routines);
        }
    }

    /** A labelled fact on a type page. */
    record Fact(String label, Cell cell) {
    }

    /**
     * Where a type or treatment goes in one routine, for its page: "step 6 of 8" or where a side
     * step slots in, why, and the pages that say so.
     */
    record PlacementNote(String routine, String text, String reason, List<Source> sources) {
    }

    /** A treatment step, where it goes, and the glossary entry that says what it is. */
    record TreatmentNote(Treatment treatment, String termPath, List<PlacementNote> placements) {
    }

    /** A type on the types index: its place in the morning and evening routines, and how often. */
    record TypeSummary(String name, String path, String summary, String placement, String frequency) {
    }

    /** A pair on the pairs page, with links to the ingredients on each side. */
    record PairEntry(IngredientPair pair, List<Link> first, List<Link> second) {
    }

    /** A topic on the topics page, with the number of its articles in words: "1 article", "3 articles". */
    record TopicEntry(String tag, String path, String articles) {
    }

    /**
     * The home page.
     *
     * @param featured the comparison shown in full (content/site.yaml's {@code home.featured}, or the widest)
     * @param articles the newest articles (as many as content/site.yaml's {@code home.articles})
     * @param typeCount the number of product types, all on the compare page
     */
    record HomePage(List<LayeringDiagram> diagrams, Optional<FocusedComparison> featured, List<ArticleCard> articles,
                    int typeCount) implements PageData {
        public String kind() {
            return "index";
        }
    }

    record TypesPage(List<TypeSummary> types) implements PageData {
        public String kind() {
            return "types";
        }
    }

    /** @param diagrams the routines that use the type, the type highlighted */
    record TypePage(ProductType type, Optional<ReviewDate> reviewed, List<Fact> facts, Prose prose,
                    List<Ingredient> ingredients, List<PlacementNote> placementNotes, List<LayeringDiagram> diagrams,
                    List<FocusedComparison> comparisons, List<ArticleCard> articles) implements PageData {
        public String kind() {
            return "type";
        }
    }

    record ComparePage(ComparisonTable table, List<FocusedComparison> comparisons) implements PageData {
        public String kind() {
            return "compare";
        }
    }

    /** @param intro the text of content/comparisons/&lt;slug&gt;.md, if there is one */
    record ComparisonPage(FocusedComparison comparison, Optional<Prose> intro) implements PageData {
        public String kind() {
            return "comparison";
        }
    }

    record IngredientsPage(List<IngredientIndex.Group> groups, int pairCount) implements PageData {
        public String kind() {
            return "ingredients";
        }
    }

    record PairsPage(PairsTable table, List<PairEntry> pairs, List<Ingredient> sunSensitising) implements PageData {
        public String kind() {
            return "pairs";
        }
    }

    /** @param diagrams the routines the ingredient is used in, its usual carriers highlighted */
    record IngredientPage(Ingredient ingredient, List<ProductType> carriers, List<IngredientIndex.PairNote> pairs,
                          List<LayeringDiagram> diagrams) implements PageData {
        public String kind() {
            return "ingredient";
        }
    }

    record LayeringPage(List<LayeringDiagram> diagrams, List<TreatmentNote> treatments) implements PageData {
        public String kind() {
            return "layering";
        }
    }

    record RoutinePage(List<LayeringDiagram> diagrams, RoutineBuilderData builder) implements PageData {
        public String kind() {
            return "routine";
        }
    }

    record ArticlesPage(List<ArticleCard> articles, List<Link> topics) implements PageData {
        public String kind() {
            return "articles";
        }
    }

    /**
     * @param types    the product types the article is about
     * @param toc      the table of contents: the article's second-level headings, when there are enough of them
     * @param series   the article's series, with {@code previous} and {@code next} its neighbours in it
     */
    record ArticlePage(Article article, ArticleCard card, Optional<ReviewDate> reviewed, Optional<String> editUrl,
                       List<Link> types, List<Heading> toc, Prose prose, Optional<Link> series,
                       Optional<ArticleCard> previous, Optional<ArticleCard> next) implements PageData {
        public String kind() {
            return "article";
        }
    }

    record TagPage(String tag, List<ArticleCard> articles) implements PageData {
        public String kind() {
            return "tag";
        }
    }

    record TagsPage(List<TopicEntry> topics) implements PageData {
        public String kind() {
            return "tags";
        }
    }

    record SeriesPage(List<ArticleCard> articles) implements PageData {
        public String kind() {
            return "series";
        }
    }

    /** A page from content/pages/. */
    record ContentPage(Page content, Prose prose) implements PageData {
        public String kind() {
            return "page";
        }
    }

    record FaqPage(List<FaqEntry> entries) implements PageData {
        public String kind() {
            return "faq";
        }
    }

    record GlossaryPage(List<GlossaryTerm> terms) implements PageData {
        public String kind() {
            return "glossary";
        }
    }

    record SearchPage() implements PageData {
        public String kind() {
            return "search";
        }
    }

    record NotFoundPage() implements PageData {
        public String kind() {
            return "notfound";
        }
    }

    /**
     * An old address sending readers on.
     *
     * @param target    the site path of the page's new address
     * @param targetUrl its absolute address, or "" when the published address is not known
     */
    record RedirectPage(String target, String targetUrl) implements PageData {
        public String kind() {
            return "redirect";
        }
    }
}
