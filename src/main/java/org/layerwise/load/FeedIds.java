package org.layerwise.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The {@code site.id} setting: the "authority,date" of the tag: URIs (RFC 4151) that identify the
 * Atom feed and its entries, such as {@code layerwise,2026-12-01}. Feed readers know an entry by
 * its id, so the ids must never change, not even when the site moves to another address: they are
 * made from this fixed setting, never from the published address.
 */
public final class FeedIds {

    private FeedIds() {
    }

    /** Why {@code siteId} is not a usable "authority,date", if it is not; the empty text means not set. */
    public static Optional<String> problemWith(String siteId) {
        if (siteId.isEmpty()) {
            return Optional.empty();
        }
        int comma = siteId.lastIndexOf(',');
        String shape = ": write a domain or e-mail address and a date, like layerwise,2026-12-01, and never change it";
        if (comma <= 0) {
            return Optional.of("'" + siteId + "' has no date" + shape);
        }
        try {
            LocalDate.parse(siteId.substring(comma + 1));
        } catch (DateTimeParseException e) {
            return Optional.of("'" + siteId + "' ends in '" + siteId.substring(comma + 1) + "', not a date (YYYY-MM-DD)"
                    + shape);
        }
        try {
            URI uri = new URI("tag:" + siteId + ":/");
            if (uri.isOpaque() && uri.getSchemeSpecificPart().equals(siteId + ":/")
                    && siteId.substring(0, comma).chars().noneMatch(c -> c == ':' || c == '/' || c == ' ')) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        return Optional.of("'" + siteId + "' is not a tag: authority" + shape);
    }
}
