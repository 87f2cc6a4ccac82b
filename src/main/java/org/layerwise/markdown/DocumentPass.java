package org.layerwise.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.layerwise.model.Problem;
import org.layerwise.model.SiteLink;
import org.layerwise.model.Suggestion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One walk over a parsed document before it is rendered: checks images, callout
 * markers and embeds (raw HTML is judged on the rendered body, by {@link HtmlPolicy}), has {@link SiteLinks} check and rewrite links, reports every problem with
 * its line in the source file, and counts words.
 */
final class DocumentPass {

    /** A paragraph that is only an embed, {@code {{name options}}}, as written and as rendered. */
    static final Pattern EMBED = Pattern.compile("\\{\\{\\s*([a-z-]+)((?:\\s[^{}]*)?)}}");

    private final MarkdownContext context;
    private final Path assets;
    private final List<Problem> problems;
    private final SiteLinks siteLinks;
    private final HtmlPolicy policy = new HtmlPolicy();
    private final Map<Image, ImageDimensions.Size> imageSizes = new IdentityHashMap<>();
    /** The links, images and references whose destination is a site path, for {@link SiteRootMarks}. */
    private final Set<Node> sited = Collections.newSetFromMap(new IdentityHashMap<>());
    private final CitedSources citedSources;
    private final List<FootnoteBlock> footnotes = new ArrayList<>();
    private final List<String> embeds = new ArrayList<>();
    private final Snippets snippets;
    private int words;

    DocumentPass(MarkdownContext context, LinkTargets targets, Path assets, Snippets snippets, List<Problem> problems) {
        this.context = context;
        this.snippets = snippets;
        this.assets = assets;
        this.problems = problems;
        this.siteLinks = new SiteLinks(targets, (message, line) -> report(line, message));
        this.citedSources = new CitedSources(targets.sources(), (message, line) -> report(line, message));
    }

    /** Checks {@code document} and rewrites its links and image sources to site paths, marked as such. */
    void run(Document document) {
        for (Node node : document.getDescendants()) {
            visit(node);
        }
        // after the walk: labelling a footnote's kind adds a node to the tree
        footnotes.forEach(footnote -> citedSources.labelKind(footnote, line(footnote)));
        ImageAttributes.SIZES.set(document, imageSizes);
        SiteRootMarks.SITE_NODES.set(document, sited);
    }

    List<SiteLink> links() {
        return siteLinks.found();
    }

    int words() {
        return words;
    }

    /** The marker text of each embed paragraph, in document order ("layering-diagram", "routine morning …"). */
    List<String> embeds() {
        return embeds;
    }

    private void visit(Node node) {
        if (node instanceof Link link) {
            citedSources.checkLink(link.getUrl().unescape(), line(node));
            destination(link, siteLinks.href(link.getUrl(), line(node)));
        } else if (node instanceof Reference reference) {
            destination(reference, siteLinks.href(reference.getUrl(), line(node)));
        } else if (node instanceof AutoLink autoLink) {
            siteLinks.checkAutolink(autoLink.getText().toString(), line(node));
            citedSources.checkLink(autoLink.getText().toString(), line(node));
        } else if (node instanceof Image image) {
            image(image);
        } else if (node instanceof BlockQuote quote) {
            // known markers became callouts while parsing; what is left is a marker GitHub does not know
            Callouts.marker(quote).filter(word -> Callout.Kind.named(word).isEmpty()).ifPresent(word ->
                    report(line(node), "unknown callout [!" + word + "]; use NOTE, TIP, IMPORTANT, WARNING or CAUTION"));
        } else if (node instanceof FootnoteBlock footnote) {
            footnotes.add(footnote);
        } else if (node instanceof Paragraph paragraph) {
            embed(paragraph);
        } else if (node instanceof Text text) {
            words += countWords(text.getChars());
        }
    }

    private void destination(LinkNodeBase node, SiteLinks.Destination destination) {
        node.setUrl(destination.url());
        if (destination.site()) {
            sited.add(node);
        }
    }

    private void image(Image image) {
        String url = image.getUrl().unescape();
        int line = line(image);
        if (image.getText().isBlank()) {
            report(line, "image '" + url + "' has no alt text: describe it in the brackets, ![like this](" + url + ")");
        }
        if (policy.isUnsafeUrl(url)) {
            report(line, "image '" + url + "' is not allowed: images may not run script or embed data;"
                    + " put the file under assets/ and write a root path like /img/name.png");
            image.setUrl(BasedSequence.of(""));
            return;
        }
        if (!url.startsWith("/") || url.startsWith("//")) {
            report(line, "image '" + url + "' must be a file under assets/, written as a root path like /img/name.png");
            return;
        }
        Path file = assets.resolve(url.substring(1)).normalize();
        if (!file.startsWith(assets) || !Files.isRegularFile(file)) {
            report(line, "image '" + url + "' not found: expected the file " + assets.getFileName() + url);
        } else {
            try {
                imageSizes.put(image, ImageDimensions.read(file));
            } catch (IOException e) {
                report(line, "image '" + url + "': " + e.getMessage());
            }
        }
        image.setUrl(SiteLinks.destination(url.substring(1)));
        sited.add(image);
    }

    private void embed(Paragraph paragraph) {
        if (!paragraph.getChars().trimStart().startsWith("{{")) {
            return;
        }
        Matcher matcher = EMBED.matcher(paragraph.getChars().toString().strip());
        if (!matcher.matches()) {
            return;
        }
        String name = matcher.group(1);
        String arguments = matcher.group(2).strip();
        int line = line(paragraph);
        if (!MarkdownRenderer.EMBEDS.contains(name)) {
            report(line, "unknown embed {{" + name + "}}; available: "
                    + String.join(", ", new TreeSet<>(MarkdownRenderer.EMBEDS)) + Suggestion.didYouMean(name,
                    MarkdownRenderer.EMBEDS));
            embeds.add(name);
        } else if (name.equals(Snippets.EMBED)) {
            embeds.add(snippet(arguments, line));
        } else if (name.equals(RoutineEmbed.NAME)) {
            embeds.add(RoutineEmbed.parse(arguments, line, message -> report(line, message))
                    .map(RoutineEmbed::marker).orElse(name));
        } else {
            if (!arguments.isEmpty()) {
                report(line, "{{" + name + "}} takes no options, found '" + arguments + "'");
            }
            embeds.add(name);
        }
    }

    /** The marker text of a {@code {{snippet name}}} embed, "snippet name", or "snippet" when it cannot be placed. */
    private String snippet(String name, int line) {
        if (snippets.isSnippet(context.file())) {
            report(line, "a snippet cannot place another snippet ({{snippet " + name + "}}); copy its text here instead");
            return Snippets.EMBED;
        }
        if (name.isEmpty() || name.contains(" ")) {
            report(line, "{{snippet}} takes one name, the file name in content/snippets/ without .md,"
                    + " e.g. {{snippet not-medical-advice}}; found '" + name + "'");
            return Snippets.EMBED;
        }
        if (snippets.named(name).isEmpty()) {
            report(line, "unknown snippet '" + name + "': no file content/snippets/" + name + ".md"
                    + (snippets.byName().isEmpty() ? "" : "; snippets: "
                    + String.join(", ", new TreeSet<>(snippets.byName().keySet())))
                    + Suggestion.didYouMean(name, snippets.byName().keySet()));
            return Snippets.EMBED;
        }
        return Snippets.EMBED + " " + name;
    }

    private void report(int line, String message) {
        problems.add(Problem.at(context.file(), line, message));
    }

    private int line(Node node) {
        return context.firstLine() + node.getStartLineNumber();
    }

    private static int countWords(CharSequence text) {
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
