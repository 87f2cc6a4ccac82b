package org.layerwise.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The site's address book: the path of every page and file the site has, from the site root
 * ("" for the home page, "types/serum/" for a type, "feed.xml" for the feed), the file a path is
 * written to, how deep it sits, and its absolute address. No other class builds a page path or a
 * relative path; templates print the paths they are given, after {@code root}.
 */
public final class SitePaths {

    public static final String HOME = "";
    public static final String TYPES = "types/";
    public static final String COMPARE = "compare/";
    public static final String INGREDIENTS = "ingredients/";
    public static final String INGREDIENT_PAIRS = INGREDIENTS + "pairs/";
    public static final String LAYERING = "layering/";
    public static final String ROUTINE = "routine/";
    public static final String ARTICLES = "articles/";
    public static final String TAGS = "tags/";
    public static final String SERIES = "series/";
    public static final String FAQ = "faq/";
    public static final String GLOSSARY = "glossary/";
    public static final String SEARCH = "search/";
    public static final String NOT_FOUND = "404.html";
    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String SEARCH_INDEX = "search-index.json";
    public static final String ROUTINE_DATA = "routine-data.json";

    private SitePaths() {
    }

    public static String type(String id) {
        return TYPES + id + "/";
    }

    /** The {@code index}th placement dispute on a type's page. */
    public static String typeDispute(String id, int index) {
        return type(id) + "#lw-dispute-" + index;
    }

    public static String comparison(String slug) {
        return COMPARE + slug + "/";
    }

    public static String ingredient(String id) {
        return INGREDIENTS + id + "/";
    }

    /** A pair's reason on the pairs page. */
    public static String ingredientPair(String pairId) {
        return INGREDIENT_PAIRS + "#" + pairId;
    }

    public static String article(String slug) {
        return ARTICLES + slug + "/";
    }

    public static String tag(String tag) {
        return TAGS + tag + "/";
    }

    public static String series(String name) {
        return SERIES + name + "/";
    }

    /** A page from {@code content/pages/}. */
    public static String page(String slug) {
        return slug + "/";
    }

    public static String faqEntry(String id) {
        return FAQ + "#" + id;
    }

    public static String glossaryTerm(String id) {
        return GLOSSARY + "#" + id;
    }

    /** The file a page at {@code path} is written to, from the site root: a folder's {@code index.html}. */
    public static String file(String path) {
        String page = withoutFragment(path);
        return page.isEmpty() || page.endsWith("/") ? page + "index.html" : page;
    }

    /** The relative path from the page at {@code path} back to the site root: "", "../" or "../../". */
    public static String root(String path) {
        int depth = (int) file(path).chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /**
     * A site path as it goes into an absolute address (canonical links, the sitemap): letters
     * outside ASCII, as in a Korean article's address, percent-encoded in UTF-8.
     */
    public static String encoded(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a site path: " + path, e);
        }
    }

    /**
     * The absolute address of the page at site {@code path} (canonical links, redirects, the
     * feed), or "" when the published address is not known.
     */
    public static String address(SiteSettings settings, String path) {
        return settings.published() ? settings.baseUrl() + "/" + encoded(path) : "";
    }

    /**
     * The character that stands for "the site root, from wherever this is shown" in body HTML
     * rendered from Markdown: each link and image to a site path is written as this character
     * and the path ({@code \u0001types/serum/}), so that a body is rendered once, whatever page
     * shows it. Text never holds it: it is a control character, which {@link TextCharacters}
     * refuses and the Markdown stage leaves out, so it can only stand where the renderer put it.
     */
    public static final char ROOT_MARK = '\u0001';

    /** {@code html} with its {@link #ROOT_MARK}s made into the path back to the root from the page at site {@code path}. */
    public static String forPage(String html, String path) {
        return withRoot(html, root(path));
    }

    /**
     * {@code html} with its {@link #ROOT_MARK}s replaced by {@code root}: the relative path back to
     * the root for a page, or the site's absolute address with a trailing '/' for a feed.
     */
    public static String withRoot(String html, String root) {
        return html.indexOf(ROOT_MARK) < 0 ? html : html.replace(String.valueOf(ROOT_MARK), root);
    }

    /**
     * The page made from the content file at {@code folder/name} (folder "" for a file directly
     * in {@code content/}, name without its extension), if the file makes one: an article, a type,
     * an ingredient or a standalone page.
     */
    public static Optional<String> ofContentFile(String folder, String name) {
        return Optional.ofNullable(switch (folder) {
            case "types" -> type(name);
            case "ingredients" -> ingredient(name);
            case "articles" -> article(name);
            case "pages", "" -> page(name);
            default -> null;
        });
    }

    private static String withoutFragment(String path) {
        int hash = path.indexOf('#');
        return hash < 0 ? path : path.substring(0, hash);
    }
}
