package org.layerwise.check;

import org.junit.jupiter.api.Test;
import org.layerwise.derive.TypeExamples;
import org.layerwise.model.Cadence;
import org.layerwise.model.ProductType;
import org.layerwise.model.SiteContent;
import org.layerwise.model.SiteSettings;
import org.layerwise.model.TimeOfDay;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StaleReviewsTest {

    private static ProductType reviewed(String id, Optional<LocalDate> date) {
        ProductType type = TypeExamples.type(id, 10, 1, 1, Cadence.DAILY, Set.of(TimeOfDay.AM));
        return new ProductType(type.id(), type.name(), type.summary(), type.aliases(), type.step(), type.texture(),
                type.actives(), type.frequency(), type.cadence(), type.time(), type.optional(), type.base(),
                type.emulsifiers(), type.packaging(), type.amount(), type.application(), type.skinTypes(),
                type.purposes(), type.keyIngredients(), type.cautions(), type.description(), type.disputes(),
                type.compareWith(), type.sources(), date, type.origin());
    }

    @Test
    void listsPagesReviewedMoreThanTwelveMonthsAgoOrNeverOldestFirst() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        SiteContent site = new SiteContent(new SiteSettings("L", "", "", "en", "", "", false, false, today, ""), List.of(
                reviewed("serum", Optional.of(LocalDate.of(2025, 11, 30))),
                reviewed("toner", Optional.of(LocalDate.of(2025, 12, 1))),
                reviewed("essence", Optional.empty()),
                reviewed("ampoule", Optional.of(LocalDate.of(2024, 1, 1)))), List.of(), List.of(), List.of(), List.of());
        assertEquals(List.of("essence.yaml: never reviewed (no reviewed: date)",
                        "ampoule.yaml: last reviewed 2024-01-01",
                        "serum.yaml: last reviewed 2025-11-30"),
                StaleReviews.of(site, today).stream().map(StaleReviews.Due::toString).toList());
        assertEquals(Path.of("essence.yaml"), StaleReviews.of(site, today).get(0).file());
    }
}
