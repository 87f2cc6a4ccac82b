package org.layerwise.render;

import java.util.List;

/** Everything a build writes: pages through templates, and data files as they are. */
public record SitePlan(List<PlannedPage> pages, List<DataFile> files) {

    public SitePlan {
        pages = List.copyOf(pages);
        files = List.copyOf(files);
    }
}
