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
        RoutineRules routineRules,
        List<Treatment> treatments) {

    /** A site without routine rules. */
    public SiteContent(SiteSettings settings, List<ProductType> types, List<Article> articles, List<Page> pages,
                       List<FaqEntry> faq, List<GlossaryTerm> glossary) {
        this(settings, types, articles, pages, faq, glossary, RoutineRules.NONE);
    }

    /** A site without treatment steps. */
    public SiteContent(SiteSettings settings, List<ProductType> types, List<Article> articles, List<Page> pages,
                       List<FaqEntry> faq, List<GlossaryTerm> glossary, RoutineRules routineRules) {
        this(settings, types, articles, pages, faq, glossary, routineRules, List.of());
    }

    public SiteContent {
        types = List.copyOf(types);
        articles = List.copyOf(articles);
        pages = List.copyOf(pages);
        faq = List.copyOf(faq);
        glossary = List.copyOf(glossary);
        treatments = List.copyOf(treatments);
    }
}
