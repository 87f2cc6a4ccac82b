package org.layerwise.derive;

import org.layerwise.model.SitePaths;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import org.layerwise.model.Article;
import org.layerwise.model.FaqEntry;
import org.layerwise.model.GlossaryTerm;
import org.layerwise.model.Ingredient;
import org.layerwise.model.ProductType;
import org.layerwise.model.SiteContent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What the search page searches: one entry per article, product type, comparison, ingredient, question
 * and glossary term, with the plain text of its body cut short. Types come in routine order, comparisons
 * as the compare page lists them, articles
 * newest first, ingredients by name, questions as the FAQ lists them and terms alphabetically, so
 * the same content always gives the same file.
 */
public final class SearchIndex {

    /**
     * One thing a reader can find.
     *
     * @param kind "Article", "Product type", "Comparison", "Ingredient", "Question" or "Glossary"
     * @param path the site path relative to the root, e.g. "types/serum/" or "faq/#what-goes-first"
     * @param text plain text to search and show snippets from
     */
    public record Entry(String title, String kind, String path, String text) {
    }

    // Long enough to hold the opening of every article and type page and an ingredient's summary,
    // short enough that the whole index (fetched on the first keystroke) stays under 75 KB, about
    // 20 KB gzip-compressed, for the real site.
    private static final int ARTICLE_TEXT = 1200;
    private static final int TYPE_TEXT = 800;
    private static final int ANSWER_TEXT = 400;
    private static final int DEFINITION_TEXT = 300;
    private static final int INGREDIENT_TEXT = 260;
    private static final int COMPARISON_TEXT = 300;

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private final List<Entry> entries;

    private SearchIndex(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The index of everything in {@code site}. */
    public static SearchIndex of(SiteContent site) {
        List<Entry> entries = new ArrayList<>();
        RoutineModel model = new RoutineModel(site.types(), site.treatments());
        for (ProductType type : model.typesInOrder()) {
            entries.add(typeEntry(type, model.placement(type.id())));
        }
        for (FocusedComparison comparison : new Comparisons(site.types(), model).all()) {
            entries.add(comparisonEntry(comparison, site));
        }
        for (Article article : new ArticleIndex(site.articles()).newestFirst()) {
            entries.add(new Entry(article.title(), "Article", SitePaths.article(article.slug()),
                    PlainText.clip(PlainText.join(article.summary(), PlainText.opening(article.body().text(),
                            ARTICLE_TEXT)), ARTICLE_TEXT)));
        }
        for (Ingredient ingredient : new IngredientIndex(site.ingredients(), site.pairs()).all()) {
            entries.add(ingredientEntry(ingredient));
        }
        for (FaqEntry entry : site.faq()) {
            entries.add(new Entry(entry.question(), "Question", SitePaths.faqEntry(entry.id()),
                    PlainText.clip(entry.answer().text(), ANSWER_TEXT)));
        }
        site.glossary().stream()
                .sorted(Comparator.comparing((GlossaryTerm t) -> t.term().toLowerCase(Locale.ROOT))
                        .thenComparing(GlossaryTerm::id))
                .forEach(term -> entries.add(new Entry(term.term(), "Glossary", SitePaths.glossaryTerm(term.id()),
                        PlainText.clip(term.definition().text(), DEFINITION_TEXT))));
        return new SearchIndex(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The index as compact JSON: an array of {title, kind, path, text}. */
    public String json() {
        return GSON.toJson(entries);
    }

    /** A comparison page: its one-line description, then its editor's intro when there is one. */
    private static Entry comparisonEntry(FocusedComparison comparison, SiteContent site) {
        String intro = site.comparisonIntros().stream().filter(i -> i.id().equals(comparison.slug()))
                .map(i -> PlainText.opening(i.body().text(), COMPARISON_TEXT)).findFirst().orElse("");
        return new Entry(comparison.title(), "Comparison", SitePaths.comparison(comparison.slug()),
                PlainText.clip(PlainText.join("How " + comparison.phrase() + " differ and what they share.", intro),
                        COMPARISON_TEXT));
    }

    private static Entry ingredientEntry(Ingredient ingredient) {
        String aliases = ingredient.aliases().isEmpty() ? ""
                : "Also called " + String.join(", ", ingredient.aliases()) + ".";
        String text = PlainText.join(ingredient.summary(), aliases, ingredient.does());
        return new Entry(ingredient.name(), "Ingredient", SitePaths.ingredient(ingredient.id()),
                PlainText.clip(text, INGREDIENT_TEXT));
    }

    private static Entry typeEntry(ProductType type, String placement) {
        // Other names and key ingredients are what readers often type, though the page body may not repeat them.
        String aliases = type.aliases().isEmpty() ? "" : "Also called " + String.join(", ", type.aliases()) + ".";
        String ingredients = type.keyIngredients().isEmpty() ? ""
                : "Key ingredients: " + String.join(", ", type.keyIngredients()) + ".";
        String text = PlainText.join(type.summary(), placement.isEmpty() ? "" : placement + ".", aliases, ingredients,
                PlainText.opening(type.description().text(), TYPE_TEXT));
        return new Entry(type.name(), "Product type", SitePaths.type(type.id()), PlainText.clip(text, TYPE_TEXT));
    }
}
