package org.layerwise.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.ParserEmulationProfile;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.layerwise.model.Body;
import org.layerwise.model.Heading;
import org.layerwise.model.Problem;
import org.layerwise.model.SiteLink;
import org.layerwise.model.TextCharacters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Renders Markdown to HTML the way the whole site does: CommonMark with GitHub's extensions,
 * alerts as callouts, anchored headings, sized images, links to site pages written from the
 * root behind {@link org.layerwise.model.SitePaths#ROOT_MARK} (so that one rendering serves every
 * page that shows it: see {@link Body#htmlAt(String)}), and every problem (unknown id, unsafe
 * HTML, missing image or alt text) reported with its line.
 */
public final class MarkdownRenderer implements BodyRenderer {

    /** A paragraph holding only {@code {{name}}} embeds generated content, such as the layering diagram. */
    public static final Set<String> EMBEDS = Set.of("layering-diagram", RoutineEmbed.NAME, Snippets.EMBED);

    private static final Evaluator EMBED_PARAGRAPHS = QueryParser.parse("p");

    // jsoup selectors, parsed once: they run on every body and every page

    /** Elements whose address a page's link check follows (in href or src). */
    private static final Evaluator LINKING_ELEMENTS =
            QueryParser.parse("a[href], link[href], img[src], script[src], source[src], use[href]");

    /** Elements a link's #fragment can point at. */
    private static final Evaluator ANCHOR_ELEMENTS = QueryParser.parse("[id], a[name]");

    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");

    private static final Evaluator HEADING_ANCHORS = QueryParser.parse("." + HeadingAnchors.ANCHOR_CLASS);

    /** Markup whose text is not prose: heading '#' links, footnote numbers and arrows, diagrams. */
    private static final Evaluator NOT_PROSE =
            QueryParser.parse("[aria-hidden=true], .footnote-ref, .footnote-backref, svg, script, style");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final LinkTargets targets;
    private final Path assets;
    private final Snippets snippets;
    private final HtmlPolicy policy = new HtmlPolicy();

    /**
     * @param targets the type and glossary ids links may name
     * @param assets  the assets folder, where images referenced as {@code /img/x.png} live
     */
    public MarkdownRenderer(LinkTargets targets, Path assets) {
        this(options(true), targets, assets, Snippets.NONE);
    }

    /** As {@link #MarkdownRenderer(LinkTargets, Path)}, with the snippets that {@code {{snippet name}}} may place. */
    public MarkdownRenderer(LinkTargets targets, Path assets, Snippets snippets) {
        this(options(true), targets, assets, snippets);
    }

    private MarkdownRenderer(DataHolder options, LinkTargets targets, Path assets, Snippets snippets) {
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).attributeProviderFactory(TableHeaderScopes.FACTORY).build();
        this.targets = targets;
        this.assets = assets;
        this.snippets = snippets;
    }

    /**
     * The site's configuration without GitHub's extensions, smart punctuation and the site's own
     * additions, so plain CommonMark: for checking that configuration against the CommonMark spec
     * with {@link #renderPlain}.
     */
    static MarkdownRenderer commonMarkOnly() {
        return new MarkdownRenderer(options(false), new LinkTargets(Set.of(), Set.of()), Path.of(""), Snippets.NONE);
    }

    /**
     * The flexmark options the site uses: the CommonMark profile, percent-encoded URLs and code
     * spans as CommonMark 0.31 has them, and, when {@code gfm} is set, GitHub's extensions,
     * GitHub's heading ids, smart punctuation, callouts, heading anchors and image attributes.
     */
    static MutableDataSet options(boolean gfm) {
        MutableDataSet options = new MutableDataSet();
        options.setFrom(ParserEmulationProfile.COMMONMARK);
        options.set(HtmlRenderer.PERCENT_ENCODE_URLS, true);
        List<Extension> extensions = new ArrayList<>(List.of(new CodeSpans()));
        if (gfm) {
            extensions.addAll(List.of(
                    TablesExtension.create(),
                    StrikethroughExtension.create(),
                    TaskListExtension.create(),
                    new GfmAutolinks(),
                    new SiteRootMarks(),
                    FootnoteExtension.create(),
                    TypographicExtension.create(),
                    new Callouts(),
                    new HeadingAnchors(),
                    new ImageAttributes(),
                    new SourceKindLabel.Renderer(),
                    new RawHtmlOffsets()));
            options.set(TablesExtension.COLUMN_SPANS, false);
            options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
            options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
            options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
            // flexmark's default boxes carry readonly, which HTML does not allow on checkboxes,
            // and no name, which a screen reader needs
            options.set(TaskListExtension.ITEM_DONE_MARKER,
                    "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled aria-label=\"Done\">&nbsp;");
            options.set(TaskListExtension.ITEM_NOT_DONE_MARKER,
                    "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled aria-label=\"Not done\">&nbsp;");
            options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
            options.set(HtmlRenderer.RENDER_HEADER_ID, true);
            // GitHub keeps underscores and turns only spaces and hyphens into hyphens; flexmark's
            // default turns underscores into hyphens too
            options.set(HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS, " -");
            options.set(HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS, "_");
        }
        options.set(Parser.EXTENSIONS, extensions);
        return options;
    }

    /** The ids and sources that links in this renderer's Markdown may point at. */
    @Override
    public LinkTargets targets() {
        return targets;
    }

    /** Renders {@code markdown}, adding any problem to {@code problems}. */
    @Override
    public Body render(String markdown, MarkdownContext context, List<Problem> problems) {
        Optional<NestingLimit.TooDeep> tooDeep = NestingLimit.check(markdown);
        if (tooDeep.isPresent()) {
            problems.add(Problem.at(context.file(), context.firstLine() + tooDeep.get().line(), tooDeep.get().message()));
            return Body.EMPTY;
        }
        OptionalInt refused = TextCharacters.firstRefused(markdown);
        if (refused.isPresent()) {
            int line = (int) markdown.substring(0, refused.getAsInt()).chars().filter(c -> c == '\n').count();
            problems.add(Problem.at(context.file(), context.firstLine() + line, "the character "
                    + TextCharacters.name(markdown.charAt(refused.getAsInt())) + " is not allowed in text"
                    + " (control characters, lone surrogates, U+FFFE and U+FFFF break pages); remove it"));
        }
        // left out, so that the HTML holds a control character only where the renderer put one
        Document document = parser.parse(refused.isPresent() ? TextCharacters.without(markdown) : markdown);
        DocumentPass pass = new DocumentPass(context, targets, assets, snippets, problems);
        pass.run(document);
        List<RawHtml> recorded = new ArrayList<>();
        RawHtmlOffsets.PIECES.set(document, recorded);
        String rendered = renderer.render(document);
        List<RawHtml> raw = RawHtmlOffsets.located(rendered, recorded);
        // one reading of the HTML, where a page puts it, for the policy and for what later stages
        // need from it, in the load stage, which runs on all cores and whose records a preview
        // keeps between rebuilds
        HtmlPolicy.Checked checked = policy.check(rendered, raw);
        Set<String> reported = new HashSet<>();
        for (HtmlPolicy.Violation violation : checked.violations()) {
            int line = context.firstLine() + (violation.piece() != null ? violation.piece().line() : lineAt(violation.offset(), raw));
            if (reported.add(line + violation.message())) {
                problems.add(Problem.at(context.file(), line, violation.message()));
            }
        }
        Marked marked = embedMarkers(rendered, raw, checked, pass.embeds());
        String html = marked.html();
        Element body = marked.box();
        List<SiteLink> links = new ArrayList<>(pass.links());
        int words = pass.words();
        if (pass.embeds().stream().anyMatch(e -> e.startsWith(Snippets.EMBED + " "))) {
            StringBuilder placed = new StringBuilder(html);
            for (String embed : pass.embeds()) {
                if (embed.startsWith(Snippets.EMBED + " ")) {
                    Body snippet = snippetBody(embed.substring(Snippets.EMBED.length() + 1));
                    String marker = embedMarker(embed);
                    int at = placed.indexOf(marker);
                    if (at >= 0) {
                        placed.replace(at, at + marker.length(), snippet.html());
                    }
                    links.addAll(snippet.links());
                    words += snippet.words();
                }
            }
            html = placed.toString();
            // the snippet's HTML passed the policy on its own; this parse is for the tree the
            // page's ids, links and text are read from
            body = policy.check(html, List.of()).box();
        }
        List<Heading> headings = headings(body);
        return new Body(html, headings, links, words, prose(body));
    }

    /**
     * A snippet as placed in a body. Its problems are left out here: the loader reports them
     * once, for the snippet's file.
     */
    private Body snippetBody(String name) {
        return snippets.named(name)
                .map(s -> render(s.markdown(), new MarkdownContext(s.file(), 1), new ArrayList<>()))
                .orElse(Body.EMPTY);
    }

    /**
     * The Markdown line (0-based) of what is at {@code offset} of the rendered HTML: the piece of
     * raw HTML there, or else the last one before it, which is what can have changed the markup
     * there; the first piece when the offset is not known.
     */
    private static int lineAt(int offset, List<RawHtml> raw) {
        if (raw.isEmpty()) {
            return 0;
        }
        RawHtml at = raw.get(0);
        for (RawHtml piece : raw) {
            if (offset >= 0 && piece.start() <= offset) {
                at = piece;
            }
        }
        return at.line();
    }

    /**
     * Whether rendering Markdown reads the content of this asset file (an image, whose size goes
     * into the HTML), rather than only whether it exists: what a cache of rendered Markdown must
     * watch besides the list of asset files.
     */
    public static boolean readsContentOf(Path asset) {
        return ImageDimensions.readsContentOf(asset);
    }

    /** Renders {@code markdown} with this renderer's flexmark configuration alone: no checks, no link rewriting, no embeds. */
    String renderPlain(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /** The marker left in body HTML where an embed goes; the page renderer replaces it. */
    public static String embedMarker(String name) {
        return "<!--layerwise:" + name + "-->";
    }

    /**
     * The body HTML with each paragraph that holds only an embed, {@code {{name options}}}, replaced
     * by the marker {@code embeds} gives for it (the Markdown pass read them, in document order), in
     * the text and in the tree; the paragraphs are found in the tree, and their places in the text
     * from a parse that tracks positions, made only when there are any.
     */
    private Marked embedMarkers(String html, List<RawHtml> raw, HtmlPolicy.Checked checked, List<String> embeds) {
        if (embeds.isEmpty()) {
            return new Marked(html, checked.box());
        }
        HtmlPolicy.Checked positioned = checked.box().sourceRange().isTracked() ? checked : policy.checkWithPositions(html, raw);
        StringBuilder marked = new StringBuilder(html);
        List<Element> paragraphs = positioned.box().select(EMBED_PARAGRAPHS).stream()
                .filter(p -> p.attributesSize() == 0 && p.childNodeSize() == 1 && p.childNode(0) instanceof TextNode
                        && DocumentPass.EMBED.matcher(p.wholeText().strip()).matches())
                .toList();
        for (int i = Math.min(paragraphs.size(), embeds.size()) - 1; i >= 0; i--) {
            Element paragraph = paragraphs.get(i);
            if (paragraph.endSourceRange().isTracked()) {
                String marker = embedMarker(embeds.get(i));
                marked.replace(positioned.offset(paragraph.sourceRange().startPos()),
                        positioned.offset(paragraph.endSourceRange().endPos()), marker);
                paragraph.replaceWith(new Comment(marker.substring("<!--".length(), marker.length() - "-->".length())));
            }
        }
        return new Marked(marked.toString(), positioned.box());
    }

    /** Body HTML with its embed markers, and its tree, in which they are comments. */
    private record Marked(String html, Element box) {
    }

    /** The addresses of the linking elements (a, link, img, script, source, use) in {@code root}, in document order. */
    public static List<String> hrefs(Element root) {
        List<String> hrefs = new ArrayList<>();
        for (Element element : root.select(LINKING_ELEMENTS)) {
            hrefs.add(element.attr(element.hasAttr("href") ? "href" : "src"));
        }
        return hrefs;
    }

    /** The ids (and old-style anchor names) in {@code root}. */
    public static Set<String> ids(Element root) {
        Set<String> ids = new HashSet<>();
        for (Element element : root.select(ANCHOR_ELEMENTS)) {
            ids.add(element.hasAttr("id") ? element.id() : element.attr("name"));
        }
        return ids;
    }

    /**
     * The headings as the HTML has them, so that ids and text are those a reader sees and links
     * to. Raw HTML headings are refused, so all of them are the renderer's. Takes the anchor
     * links out of {@code body}.
     */
    private static List<Heading> headings(Element body) {
        List<Heading> headings = new ArrayList<>();
        for (Element heading : body.select(HEADINGS)) {
            heading.select(HEADING_ANCHORS).remove();
            headings.add(new Heading(heading.normalName().charAt(1) - '0', heading.id(), heading.text()));
        }
        return headings;
    }

    /** The words a reader sees in {@code body}, whitespace collapsed; takes what is not prose out of it. */
    private static String prose(Element body) {
        body.select(NOT_PROSE).remove();
        return body.text();
    }
}
