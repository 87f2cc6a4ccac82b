package org.layerwise.check;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class PageScansTest {

    private final PageScans scans = new PageScans();

    @Test
    void readsLinksAndIdsOfAPage() {
        PageScans.Scan scan = scans.scan("a/index.html",
                "<main id=top><a href=\"../b/\">b</a><img src=\"x.png\" alt=x><a name=old></a></main>");
        assertEquals(List.of("../b/", "x.png"), scan.links().subList(0, 2));
        assertEquals(Set.of("top", "old"), scan.ids());
    }

    @Test
    void reusesTheScanOfAnUnchangedPageAndRescansAChangedOne() {
        PageScans.Scan first = scans.scan("a/index.html", "<a href=\"x/\">x</a>");
        assertSame(first, scans.scan("a/index.html", "<a href=\"x/\">x</a>"));
        PageScans.Scan changed = scans.scan("a/index.html", "<a href=\"y/\">y</a>");
        assertNotSame(first, changed);
        assertEquals(List.of("y/"), changed.links());
    }
}
