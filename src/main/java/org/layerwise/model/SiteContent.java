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
        List<ComparisonIntro> comparisonIntros,
        SiteCopy copy) {

    /** A site without comparison intros, for tests of what pages do not show site copy. */
    public SiteContent(SiteSettings settings, List<ProductType> types, List<Article> articles, List<Page> pages,
                       List<FaqEntry> faq, List<GlossaryTerm> glossary, List<Ingredient> ingredients,
                       List<IngredientPair> pairs, List<Treatment> treatments) {
        this(settings, types, articles, pages, faq, glossary, ingredients, pairs, treatments, List.of(), SiteCopy.NONE);
    }

    /** A site without ingredients or treatment steps, for tests of what pages do not show site copy. */
    public SiteContent(SiteSettings settings, List<ProductType> types, List<Article> articles, List<Page> pages,
                       List<FaqEntry> faq, List<GlossaryTerm> glossary) {
        this(settings, types, articles, pages, faq, glossary, List.of(), List.of(), List.of(), List.of(), SiteCopy.NONE);
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
