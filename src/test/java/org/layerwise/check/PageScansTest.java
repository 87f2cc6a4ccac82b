package org.layerwise.check;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageScansTest {

    private final PageScans scans = new PageScans(PageReader.PARSING);

    @Test
    void readsLinksAndIdsOfAPage() {
        PageScans.Scan scan = scans.scan(
                "<main id=top><a href=\"../b/\">b</a><img src=\"x.png\" alt=x><a name=old></a></main>");
        assertEquals(List.of("../b/", "x.png"), scan.links().subList(0, 2));
        assertEquals(Set.of("top", "old"), scan.ids());
    }

    @Test
    void keepsTheScansOfTheLastBuildKeptOnly() {
        PageScans.Scan a = scans.scan("<a href=\"x/\">x</a>");
        scans.replaceWith(Map.of("a/index.html", a, "b/index.html", scans.scan("<p id=b>b</p>")));
        assertEquals(Optional.of(a), scans.known("a/index.html"));

        scans.replaceWith(Map.of("a/index.html", scans.scan("<a href=\"y/\">y</a>")));
        assertEquals(Optional.empty(), scans.known("b/index.html"));
        assertEquals(List.of("y/"), scans.known("a/index.html").orElseThrow().links());
    }
}
