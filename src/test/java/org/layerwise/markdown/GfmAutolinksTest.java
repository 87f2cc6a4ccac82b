package org.layerwise.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link GfmAutolinks} skips text that cannot hold a link; whatever it skips, the HTML must be
 * byte for byte what flexmark's own autolink extension makes.
 */
class GfmAutolinksTest {

    /** GitHub's extended autolink examples, and the cases a filter on characters could get wrong. */
    private static final List<String> CASES = List.of(
            "www.commonmark.org", "Visit www.commonmark.org/help for more information.",
            "Visit www.commonmark.org.", "Visit www.commonmark.org/a.b.",
            "www.google.com/search?q=Markup+(business)))", "(www.google.com/search?q=Markup+(business))",
            "www.google.com/search?q=(business))+ok", "www.google.com/search?q=commonmark&hl=en",
            "www.google.com/search?q=commonmark&hl;", "www.commonmark.org/he<lp",
            "http://commonmark.org\n\n(Visit https://encrypted.google.com/search?q=Markup+(business))",
            "foo@bar.baz", "hello@mail+xyz.example isn't valid, but hello+xyz@mail.example is.",
            "a.b-c_d@a.b\n\na.b-c_d@a.b.\n\na.b-c_d@a.b-\n\na.b-c_d@a.b_",
            "WWW.EXAMPLE.COM and Www.Example.com", "it's www.example.com/it's “quoted”",
            "don't o'brien@example.com — “mail@example.com”", "http&#58;//example.com and mail&#64;example.com",
            "*emphasis www.example.com inside* and **https://example.com/strong**",
            "`www.example.com in code` and [a link](https://example.com) www.example.com",
            "> quote with https://example.com/a_b_c and `code`", "- item www.example.com\n- item two",
            "| a | b |\n|---|---|\n| www.example.com | x@y.org |", "ftp://example.com and mailto:x@example.com",
            "No links here at all, just \"quotes\" -- dashes... and ellipses.", "Trailing colon:",
            "\\www.example.com and \\http://example.com", "<https://example.com> and <x@example.com>",
            "raw HTML outside a site render: <kbd>www.example.com</kbd> and <id>\n\n<div>block</div>");

    @Test
    void makesTheSameHtmlAsFlexmarksOwnAutolinks() throws IOException {
        List<String> documents = new ArrayList<>(CASES);
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yaml")).sorted()
                    .toList()) {
                documents.add(Files.readString(file));
            }
        }
        Parser filtered = Parser.builder(MarkdownRenderer.options(true)).build();
        Parser stock = Parser.builder(withStockAutolinks()).build();
        HtmlRenderer html = HtmlRenderer.builder(MarkdownRenderer.options(true)).build();
        int links = 0;
        for (String markdown : documents) {
            String expected = html.render(stock.parse(markdown));
            assertEquals(expected, html.render(filtered.parse(markdown)), markdown);
            links += expected.split("<a href=").length - 1;
        }
        assertTrue(links > 40, "the cases make links: " + links);
    }

    private static MutableDataSet withStockAutolinks() {
        MutableDataSet options = MarkdownRenderer.options(true);
        List<Extension> extensions = new ArrayList<>(Parser.EXTENSIONS.get(options));
        extensions.replaceAll(e -> e instanceof GfmAutolinks ? AutolinkExtension.create() : e);
        assertTrue(extensions.stream().anyMatch(e -> e instanceof AutolinkExtension));
        options.set(Parser.EXTENSIONS, extensions);
        return options;
    }
}
