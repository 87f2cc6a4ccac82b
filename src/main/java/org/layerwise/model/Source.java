package org.layerwise.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A cited source: a descriptive title, an absolute http(s) URL of the specific page that says the
 * claim, and, when the editor gave it, what kind of source it is, so readers can weigh it.
 */
public record Source(String title, String url, Optional<Kind> kind) {

    /** What kind of page a source is; written in lowercase in content files ({@code kind: review}). */
    public enum Kind {
        /** A clinical guideline or a professional body's guidance (AAD guidelines of care). */
        GUIDELINE,
        /** One study. */
        STUDY,
        /** A review of studies (a peer-reviewed review article). */
        REVIEW,
        /** A drug label or a product's official labelling. */
        LABEL,
        /** A professional body or a health professional writing as one (an AAD page, a dermatologist). */
        PROFESSIONAL,
        /** A shop's own page: what the retailer says. */
        RETAILER,
        /** A brand's own page: what the brand says about its products or conventions. */
        BRAND,
        /** A magazine, newspaper or editorial site. */
        EDITORIAL;

        /** The word editors write, {@code review}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The words readers see beside the title, {@code Review}, {@code Professional body}. */
        public String label() {
            return this == PROFESSIONAL ? "Professional body" : name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
        }

        /** The kind whose word or label this is, in any case: "review", "Professional body". */
        public static Optional<Kind> named(String words) {
            return Arrays.stream(values())
                    .filter(k -> k.word().equalsIgnoreCase(words) || k.label().equalsIgnoreCase(words)).findFirst();
        }
    }

    /** A source whose kind is not given. */
    public Source(String title, String url) {
        this(title, url, Optional.empty());
    }

    /** The kind as readers see it, or "" when not given (for templates). */
    public String kindLabel() {
        return kind.map(Kind::label).orElse("");
    }
}
