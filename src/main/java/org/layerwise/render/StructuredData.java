package org.layerwise.render;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import org.jsoup.Jsoup;
import org.layerwise.model.SitePaths;
import org.layerwise.model.Article;
import org.layerwise.model.FaqEntry;
import org.layerwise.model.SiteSettings;
import org.layerwise.plan.PageData;
import org.layerwise.plan.PlannedPage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Schema.org JSON-LD for a page: its breadcrumb trail, and an Article or FAQPage where the page
 * is one. Gson escapes {@code <} and {@code >}, so the JSON cannot close its script element.
 */
public final class StructuredData {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private final SiteSettings settings;

    public StructuredData(SiteSettings settings) {
        this.settings = settings;
    }

    /** The JSON-LD blocks for {@code page}, each a complete JSON document. */
    public List<String> blocks(PlannedPage page) {
        List<String> blocks = new ArrayList<>();
        if (!page.crumbs().isEmpty()) {
            blocks.add(json(breadcrumbs(page)));
        }
        if (page.data() instanceof PageData.ArticlePage data) {
            blocks.add(json(article(page, data.article())));
        }
        if (page.data() instanceof PageData.FaqPage data) {
            blocks.add(json(faq(data.entries())));
        }
        return blocks;
    }

    private Map<String, Object> breadcrumbs(PlannedPage page) {
        List<Object> items = new ArrayList<>();
        int position = 1;
        for (PlannedPage.Crumb crumb : page.crumbs()) {
            items.add(item(position++, crumb.label(), crumb.path()));
        }
        items.add(item(position, page.title(), page.path()));
        Map<String, Object> list = typed("BreadcrumbList");
        list.put("itemListElement", items);
        return list;
    }

    private Map<String, Object> item(int position, String name, String path) {
        Map<String, Object> item = typed("ListItem");
        item.put("position", position);
        item.put("name", name);
        item.put("item", url(path));
        return item;
    }

    private Map<String, Object> article(PlannedPage page, Article article) {
        Map<String, Object> data = typed("Article");
        data.put("headline", article.title());
        data.put("description", article.summary());
        data.put("datePublished", article.date().toString());
        data.put("dateModified", article.lastUpdated().toString());
        data.put("url", url(page.path()));
        data.put("inLanguage", settings.language());
        Map<String, Object> publisher = typed("Organization");
        publisher.put("name", settings.title());
        data.put("author", publisher);
        data.put("publisher", publisher);
        return data;
    }

    private Map<String, Object> faq(List<FaqEntry> entries) {
        List<Object> questions = new ArrayList<>();
        for (FaqEntry faq : entries) {
            Map<String, Object> answer = typed("Answer");
            answer.put("text", Jsoup.parse(faq.answer().html()).text());
            Map<String, Object> question = typed("Question");
            question.put("name", faq.question());
            question.put("acceptedAnswer", answer);
            questions.add(question);
        }
        Map<String, Object> page = typed("FAQPage");
        page.put("mainEntity", questions);
        return page;
    }

    private String url(String path) {
        return settings.published() ? SitePaths.address(settings, path) : settings.basePath() + SitePaths.encoded(path);
    }

    private static Map<String, Object> typed(String type) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("@context", "https://schema.org");
        map.put("@type", type);
        return map;
    }

    /** JSON with {@code <} escaped so that "&lt;/script" can never appear inside the element. */
    private static String json(Object value) {
        return GSON.toJson(value).replace("<", "\\u003c");
    }
}
