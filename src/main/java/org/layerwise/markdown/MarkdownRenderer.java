package org.layerwise.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.ParserEmulationProfile;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.layerwise.model.Body;
import org.layerwise.model.Problem;
import org.layerwise.model.SiteLink;
import org.layerwise.validate.Suggestion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders Markdown to HTML the way the whole site does: CommonMark with GitHub's extensions,
 * links to site pages made relative to the page that shows them, and every problem (unknown id,
 * unsafe HTML, missing image or alt text) reported with its line.
 */
public final class MarkdownRenderer {

    /** A paragraph holding only {@code {{name}}} embeds generated content, such as the layering diagram. */
    public static final Set<String> EMBEDS = Set.of("layering-diagram");

    private static final Pattern EMBED = Pattern.compile("\\{\\{\\s*([a-z-]+)\\s*}}");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final LinkTargets targets;
    private final Path assets;
    private final HtmlPolicy policy = new HtmlPolicy();

    /**
     * @param targets the type and glossary ids links may name
     * @param assets  the assets folder, where images referenced as {@code /img/x.png} live
     */
    public MarkdownRenderer(LinkTargets targets, Path assets) {
        MutableDataSet options = options(true);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).attributeProviderFactory(TableHeaderScopes.FACTORY).build();
        this.targets = targets;
        this.assets = assets;
    }

    /**
     * The flexmark options the site uses: the CommonMark profile, percent-encoded URLs, GitHub
     * heading ids, and, when {@code gfm} is set, GitHub's extensions and smart punctuation.
     */
    static MutableDataSet options(boolean gfm) {
        MutableDataSet options = new MutableDataSet();
        options.setFrom(ParserEmulationProfile.COMMONMARK);
        options.set(HtmlRenderer.PERCENT_ENCODE_URLS, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        if (gfm) {
            List<Extension> extensions = List.of(
                    TablesExtension.create(),
                    StrikethroughExtension.create(),
                    TaskListExtension.create(),
                    AutolinkExtension.create(),
                    FootnoteExtension.create(),
                    TypographicExtension.create());
            options.set(Parser.EXTENSIONS, extensions);
            options.set(TablesExtension.COLUMN_SPANS, false);
            options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
            options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
            options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        }
        return options;
    }

    /** Renders {@code markdown}, adding any problem to {@code problems}. */
    public Body render(String markdown, MarkdownContext context, List<Problem> problems) {
        Document document = parser.parse(markdown);
        Pass pass = new Pass(context, problems);
        for (Node node : document.getDescendants()) {
            pass.visit(node);
        }
        String html = renderer.render(document);
        List<org.layerwise.model.Heading> headings = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                headings.add(new org.layerwise.model.Heading(heading.getLevel(), heading.getAnchorRefId(),
                        heading.getText().toString()));
            }
        }
        return new Body(embedMarkers(html), headings, pass.links, pass.words);
    }

    /** The marker left in body HTML where an embed goes; the page renderer replaces it. */
    public static String embedMarker(String name) {
        return "<!--layerwise:" + name + "-->";
    }

    private static String embedMarkers(String html) {
        Matcher matcher = Pattern.compile("<p>\\{\\{\\s*([a-z-]+)\\s*}}</p>").matcher(html);
        return matcher.replaceAll(m -> Matcher.quoteReplacement(embedMarker(m.group(1))));
    }

    /** One walk over a document: checks and rewrites links, images, raw HTML and embeds. */
    private final class Pass {
        private final MarkdownContext context;
        private final List<Problem> problems;
        private final List<SiteLink> links = new ArrayList<>();
        private int words;

        Pass(MarkdownContext context, List<Problem> problems) {
            this.context = context;
            this.problems = problems;
        }

        void visit(Node node) {
            if (node instanceof Link link) {
                link.setUrl(BasedSequence.of(href(link.getUrl().toString(), node)));
            } else if (node instanceof Reference reference) {
                reference.setUrl(BasedSequence.of(href(reference.getUrl().toString(), node)));
            } else if (node instanceof Image image) {
                image(image);
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                for (String violation : policy.violations(node.getChars().toString())) {
                    report(node, violation);
                }
            } else if (node instanceof Paragraph paragraph) {
                embed(paragraph);
            } else if (node instanceof Text text) {
                words += countWords(text.getChars().toString());
            }
        }

        private String href(String url, Node node) {
            if (policy.isUnsafeUrl(url)) {
                report(node, "link to '" + url + "' is not allowed: links may not run script or embed data");
                return "#";
            }
            if (url.startsWith("type:")) {
                String id = url.substring("type:".length());
                if (!targets.typeIds().contains(id)) {
                    report(node, "unknown product type '" + id + "' in link " + url + Suggestion.didYouMean(id, targets.typeIds())
                            + "; types: " + String.join(", ", new TreeSet<>(targets.typeIds())));
                }
                return siteLink("types/" + id + "/", "", node);
            }
            if (url.startsWith("term:")) {
                String id = url.substring("term:".length());
                if (!targets.termIds().contains(id)) {
                    report(node, "unknown glossary term '" + id + "' in link " + url + Suggestion.didYouMean(id, targets.termIds())
                            + "; add it to content/glossary.yaml or use one of: "
                            + String.join(", ", new TreeSet<>(targets.termIds())));
                }
                return siteLink("glossary/", id, node);
            }
            if (url.startsWith("/") && !url.startsWith("//")) {
                int hash = url.indexOf('#');
                String path = (hash < 0 ? url : url.substring(0, hash)).substring(1);
                String fragment = hash < 0 ? "" : url.substring(hash + 1);
                return siteLink(path, fragment, node);
            }
            if (url.isEmpty() || url.startsWith("#") || SCHEME.matcher(url).find() || url.startsWith("//")) {
                return url;
            }
            report(node, "relative link '" + url + "': link site pages by root path, like /articles/layering-order/,"
                    + " or with type:<id> and term:<id>");
            return url;
        }

        private String siteLink(String path, String fragment, Node node) {
            links.add(new SiteLink(path, fragment, line(node)));
            return context.root() + path + (fragment.isEmpty() ? "" : "#" + fragment);
        }

        private void image(Image image) {
            String url = image.getUrl().toString();
            if (image.getText().isBlank()) {
                report(image, "image '" + url + "' has no alt text: describe it in the brackets, ![like this](" + url + ")");
            }
            if (!url.startsWith("/") || url.startsWith("//")) {
                report(image, "image '" + url + "' must be a file under assets/, written as a root path like /img/name.png");
                return;
            }
            Path file = assets.resolve(url.substring(1)).normalize();
            if (!file.startsWith(assets) || !Files.isRegularFile(file)) {
                report(image, "image '" + url + "' not found: expected the file " + assets.getFileName() + url);
            }
            image.setUrl(BasedSequence.of(context.root() + url.substring(1)));
        }

        private void embed(Paragraph paragraph) {
            Matcher matcher = EMBED.matcher(paragraph.getChars().toString().strip());
            if (matcher.matches() && !EMBEDS.contains(matcher.group(1))) {
                report(paragraph, "unknown embed {{" + matcher.group(1) + "}}; available: "
                        + String.join(", ", new TreeSet<>(EMBEDS)));
            }
        }

        private void report(Node node, String message) {
            problems.add(Problem.at(context.file(), line(node), message));
        }

        private int line(Node node) {
            return context.firstLine() + node.getStartLineNumber();
        }
    }

    private static int countWords(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}
