package org.layerwise.load;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Front-matter keys editors bring from Hugo, Jekyll and Eleventy, and what Layerwise uses instead,
 * so that an unknown key from another tool gets a hint rather than only a list of allowed keys.
 */
final class OtherToolsKeys {

    /**
     * A habit: the key Layerwise uses instead, if any (the hint is given only where that key is
     * allowed), and how.
     */
    private record Habit(Optional<String> instead, String hint) {
        Habit(String instead, String hint) {
            this(Optional.of(instead), hint);
        }

        Habit(String hint) {
            this(Optional.empty(), hint);
        }
    }

    private static final Map<String, Habit> HABITS = Map.ofEntries(
            Map.entry("draft", new Habit("status", "Layerwise marks drafts with `status: draft` (Hugo's `draft: true`)")),
            Map.entry("published", new Habit("status",
                    "Layerwise marks drafts with `status: draft` (Jekyll's `published: false`)")),
            Map.entry("description", new Habit("summary", "use `summary:` for the one or two sentences of lists, search and link previews")),
            Map.entry("excerpt", new Habit("summary", "use `summary:` for the one or two sentences of lists, search and link previews")),
            Map.entry("categories", new Habit("tags", "use `tags:`; Layerwise has tags only, no categories")),
            Map.entry("category", new Habit("tags", "use `tags:`; Layerwise has tags only, no categories")),
            Map.entry("lastmod", new Habit("updated", "use `updated:` for the date of the last meaningful change")),
            Map.entry("last_modified_at", new Habit("updated", "use `updated:` for the date of the last meaningful change")),
            Map.entry("slug", new Habit("the address comes from the file name: rename the file to change it")),
            Map.entry("permalink", new Habit("the address comes from the file name: rename the file to change it")),
            Map.entry("layout", new Habit("the template is chosen by the kind of page, not by the file")));

    private OtherToolsKeys() {
    }

    /** How Layerwise says what {@code key} says elsewhere, where it applies to a mapping allowing {@code allowed}. */
    static Optional<String> hint(String key, Set<String> allowed) {
        Habit habit = HABITS.get(key);
        return Optional.ofNullable(habit).filter(h -> h.instead().map(allowed::contains).orElse(true)).map(Habit::hint);
    }
}
