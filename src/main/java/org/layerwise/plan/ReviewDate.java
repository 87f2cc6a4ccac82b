package org.layerwise.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When an editor last checked a page against its sources, ready to print: "1 December 2026".
 *
 * @param iso  the date as YYYY-MM-DD, for the datetime attribute
 * @param text the date as readers see it
 */
public record ReviewDate(String iso, String text) {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public static ReviewDate of(LocalDate date) {
        return new ReviewDate(date.toString(), READABLE.format(date));
    }
}
