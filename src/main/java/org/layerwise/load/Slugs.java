package org.layerwise.load;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Ids and file names: lowercase words joined by hyphens. Ids of types, tags, glossary terms and
 * rules are ASCII ({@link #KEBAB}); the file names of articles and pages, which become their
 * addresses, may be in any script ({@link #ADDRESS}), so a Korean title keeps its words.
 */
public final class Slugs {

    /** What an id or tag must look like. */
    public static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    public static final String KEBAB_SHAPE = "lowercase words joined by hyphens, like 'sheet-mask'";

    /**
     * What the file name of an article or page must look like: words of lowercase letters (of any
     * script), combining marks and digits, joined by single hyphens; in Unicode form NFC.
     */
    public static final Pattern ADDRESS = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{Lm}\\p{M}\\p{Nd}]+"
            + "(?:-[\\p{Ll}\\p{Lo}\\p{Lm}\\p{M}\\p{Nd}]+)*");

    public static final String ADDRESS_SHAPE = "lowercase words (letters of any script and digits) joined by "
            + "hyphens, like 'sheet-mask' or '세럼과-앰플'";

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}]+");

    private Slugs() {
    }

    /** Whether {@code name} is a valid article or page file name (without its extension). */
    public static boolean isAddress(String name) {
        return ADDRESS.matcher(name).matches() && Normalizer.isNormalized(name, Normalizer.Form.NFC);
    }

    /**
     * "Serum vs Ampoule: Which?" becomes "serum-vs-ampoule-which", "Crème" "creme" and
     * "세럼과 앰플" "세럼과-앰플"; empty when the title has no letters or digits. Accents are
     * dropped from Latin letters only: other scripts keep their marks.
     */
    public static String of(String title) {
        String decomposed = Normalizer.normalize(title, Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder();
        Character.UnicodeScript base = Character.UnicodeScript.COMMON;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            if (!mark) {
                base = Character.UnicodeScript.of(c);
            } else if (base == Character.UnicodeScript.LATIN) {
                continue;
            }
            kept.appendCodePoint(c);
        }
        String composed = Normalizer.normalize(kept, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String slug = NOT_WORD.matcher(composed).replaceAll("-");
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }

    /** The file name without its extension. */
    public static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }
}
