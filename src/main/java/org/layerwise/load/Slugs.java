package org.layerwise.load;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Ids and file names: lowercase words joined by hyphens. */
public final class Slugs {

    /** What an id, slug or tag must look like. */
    public static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    public static final String KEBAB_SHAPE = "lowercase words joined by hyphens, like 'sheet-mask'";

    private Slugs() {
    }

    /** "Serum vs Ampoule: Which?" becomes "serum-vs-ampoule-which". */
    public static String of(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "untitled" : slug;
    }

    /** The file name without its extension. */
    public static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }
}
