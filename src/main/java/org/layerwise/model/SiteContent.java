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
        RoutineRules routineRules) {

    /** A site without routine rules. */
    public SiteContent(SiteSettings settings, List<ProductType> types, List<Article> articles, List<Page> pages,
                       List<FaqEntry> faq, List<GlossaryTerm> glossary) {
        this(settings, types, articles, pages, faq, glossary, RoutineRules.NONE);
    }

    public SiteContent {
        types = List.copyOf(types);
        articles = List.copyOf(articles);
        pages = List.copyOf(pages);
        faq = List.copyOf(faq);
        glossary = List.copyOf(glossary);
    }
}
