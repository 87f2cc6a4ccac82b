package org.layerwise.model;

import java.util.List;

/** Everything read from {@code content/}, before any cross-checks. */
public record SiteContent(
        SiteSettings settings,
        List<ProductType> types,
        List<Article> articles,
        List<Page> pages,
        List<FaqEntry> faq,
        List<GlossaryTerm> glossary,
        List<Ingredient> ingredients,
        List<IngredientPair> pairs,
        List<Treatment> treatments,
        List<ComparisonIntro> comparisonIntros) {

    /** A site without comparison intros. */
    public SiteContent(SiteSettings settings, List<ProductType> types, List<Article> articles, List<Page> pages,
                       List<FaqEntry> faq, List<GlossaryTerm> glossary, List<Ingredient> ingredients,
                       List<IngredientPair> pairs, List<Treatment> treatments) {
        this(settings, types, articles, pages, faq, glossary, ingredients, pairs, treatments, List.of());
    }

    /** A site without ingredients or treatment steps. */
    public SiteContent(SiteSettings settings, List<ProductType> types, List<Article> articles, List<Page> pages,
                       List<FaqEntry> faq, List<GlossaryTerm> glossary) {
        this(settings, types, articles, pages, faq, glossary, List.of(), List.of(), List.of(), List.of());
    }

    public SiteContent {
        types = List.copyOf(types);
        articles = List.copyOf(articles);
        pages = List.copyOf(pages);
        faq = List.copyOf(faq);
        glossary = List.copyOf(glossary);
        ingredients = List.copyOf(ingredients);
        pairs = List.copyOf(pairs);
        treatments = List.copyOf(treatments);
        comparisonIntros = List.copyOf(comparisonIntros);
    }
}
