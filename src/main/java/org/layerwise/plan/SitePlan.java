package org.layerwise.plan;

import org.layerwise.model.SiteContent;

import java.util.List;

/** Everything a build writes, from the content it was planned from: pages through templates, and data files as they are. */
public record SitePlan(SiteContent site, List<PlannedPage> pages, List<DataFile> files) {

    public SitePlan {
        pages = List.copyOf(pages);
        files = List.copyOf(files);
    }

    /** The number of HTML pages (the others are feeds and sitemaps). */
    public int htmlPages() {
        return (int) pages.stream().filter(PlannedPage::isHtml).count();
    }
}
