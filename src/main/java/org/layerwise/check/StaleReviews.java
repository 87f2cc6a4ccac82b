package org.layerwise.check;

import org.layerwise.model.Article;
import org.layerwise.model.ProductType;
import org.layerwise.model.SiteContent;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Pages whose content an editor has not checked against its sources in the last twelve months
 * (or never: no {@code reviewed:} date): a notice for {@code layerwise check}, not a failure.
 */
public final class StaleReviews {

    /** How long a review holds. */
    public static final int MONTHS = 12;

    private StaleReviews() {
    }

    /** One page due for review: its file and when it was last reviewed, if ever. */
    public record Due(Path file, Optional<LocalDate> reviewed) {
        /** {@code content/types/serum.yaml: last reviewed 2025-01-31} or {@code …: never reviewed}. */
        @Override
        public String toString() {
            return file.toString().replace('\\', '/') + ": "
                    + reviewed.map(d -> "last reviewed " + d).orElse("never reviewed (no reviewed: date)");
        }
    }

    /** The type files and articles due for review on {@code today}, oldest first. */
    public static List<Due> of(SiteContent site, LocalDate today) {
        LocalDate cutoff = today.minusMonths(MONTHS);
        List<Due> due = new ArrayList<>();
        for (ProductType type : site.types()) {
            add(due, type.origin().file(), type.reviewed(), cutoff);
        }
        for (Article article : site.articles()) {
            add(due, article.origin().file(), article.reviewed(), cutoff);
        }
        due.sort(Comparator.comparing((Due d) -> d.reviewed().orElse(LocalDate.MIN))
                .thenComparing(d -> d.file().toString()));
        return due;
    }

    private static void add(List<Due> due, Path file, Optional<LocalDate> reviewed, LocalDate cutoff) {
        if (reviewed.isEmpty() || reviewed.get().isBefore(cutoff)) {
            due.add(new Due(file, reviewed));
        }
    }
}
