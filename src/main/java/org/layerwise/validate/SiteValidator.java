package org.layerwise.validate;

import org.layerwise.model.Suggestion;
import org.layerwise.model.Article;
import org.layerwise.model.FaqEntry;
import org.layerwise.model.GlossaryTerm;
import org.layerwise.model.Origin;
import org.layerwise.model.Problem;
import org.layerwise.model.ProductType;
import org.layerwise.model.SiteContent;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks that what was loaded fits together: every product type id named anywhere exists, and
 * the site has the files it cannot do without. Links between pages are checked after rendering,
 * by {@link org.layerwise.check.LinkChecker}, which sees the real pages and anchors.
 */
public final class SiteValidator {

    /**
     * Adds a problem for every misfit in {@code site}; the types and ingredients of
     * {@code leftOutTypes} and {@code leftOutIngredients}, whose files exist but had problems of
     * their own, count as known, so naming them is no mistake.
     */
    public void validate(SiteContent site, Set<String> leftOutTypes, Set<String> leftOutIngredients,
                         List<Problem> problems) {
        Set<String> typeIds = site.types().stream().map(ProductType::id).collect(Collectors.toCollection(HashSet::new));
        typeIds.addAll(leftOutTypes);
        for (ProductType type : site.types()) {
            checkComparisons(type, typeIds, problems);
        }
        for (Article article : site.articles()) {
            checkTypeIds(article.types(), "types", article.origin(), typeIds, problems);
        }
        for (int i = 0; i < site.faq().size(); i++) {
            FaqEntry entry = site.faq().get(i);
            checkTypeIds(entry.types(), i + ".types", entry.origin(), typeIds, problems);
        }
        for (int i = 0; i < site.glossary().size(); i++) {
            GlossaryTerm term = site.glossary().get(i);
            checkTypeIds(term.types(), i + ".types", term.origin(), typeIds, problems);
        }
        IngredientCheck.check(site.ingredients(), leftOutIngredients, site.pairs(), typeIds, problems);
        RoutineCheck.check(site.types(), leftOutTypes, site.treatments(),
                site.glossary().stream().map(GlossaryTerm::id).collect(Collectors.toSet()),
                site.ingredients().stream().map(org.layerwise.model.Ingredient::id).collect(Collectors.toSet()),
                problems);
    }

    private static void checkComparisons(ProductType type, Set<String> typeIds, List<Problem> problems) {
        for (int i = 0; i < type.compareWith().size(); i++) {
            List<String> group = type.compareWith().get(i);
            for (int j = 0; j < group.size(); j++) {
                String id = group.get(j);
                String where = group.size() == 1 && isSingle(type, i) ? "compare_with." + i : "compare_with." + i + "." + j;
                if (id.equals(type.id())) {
                    problems.add(type.origin().problem(where, "compare_with names the type itself ('" + id + "')"));
                } else if (!typeIds.contains(id)) {
                    problems.add(type.origin().problem(where, unknownType("compare_with", id, typeIds)));
                }
            }
        }
    }

    private static boolean isSingle(ProductType type, int index) {
        return !type.origin().locations().containsKey("compare_with." + index + ".0");
    }

    private static void checkTypeIds(List<String> ids, String key, Origin origin, Set<String> typeIds,
                                     List<Problem> problems) {
        for (int i = 0; i < ids.size(); i++) {
            if (!typeIds.contains(ids.get(i))) {
                problems.add(origin.problem(key + "." + i, unknownType(key.replaceAll("^\\d+\\.", ""), ids.get(i), typeIds)));
            }
        }
    }

    static String unknownType(String key, String id, Set<String> typeIds) {
        return key + " names unknown product type '" + id + "'" + Suggestion.didYouMean(id, typeIds)
                + "; known types: " + String.join(", ", new TreeSet<>(typeIds));
    }
}
