package org.layerwise.plan;

import org.layerwise.markdown.MarkdownRenderer;
import org.layerwise.markdown.RoutineEmbed;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stretch of rendered Markdown, followed by the generated content embedded after it (such as the
 * layering diagram), so that templates can print the body and include the embed's markup.
 *
 * @param embed the embed's marker text: its name ("layering-diagram") or, for a routine list, what
 *              {@link org.layerwise.markdown.RoutineEmbed#marker()} writes; "" after the last stretch
 */
public record BodyPart(String html, String embed) {

    /** True for a {@code {{routine …}}} list. */
    public boolean routine() {
        return embed.startsWith(RoutineEmbed.NAME + " ");
    }

    private static final Pattern MARKER = Pattern.compile(Pattern.quote(MarkdownRenderer.embedMarker("@"))
            .replace("@", "\\E([a-z][^<>]*?)\\Q"));

    /** The start of every embed marker: most bodies have none, and need no regular expression. */
    private static final String MARKER_START = MarkdownRenderer.embedMarker("@").substring(0,
            MarkdownRenderer.embedMarker("@").indexOf('@'));

    /** Splits body HTML at its embed markers. */
    public static List<BodyPart> split(String html) {
        if (!html.contains(MARKER_START)) {
            return List.of(new BodyPart(html, ""));
        }
        List<BodyPart> parts = new ArrayList<>();
        Matcher matcher = MARKER.matcher(html);
        int start = 0;
        while (matcher.find()) {
            parts.add(new BodyPart(html.substring(start, matcher.start()), matcher.group(1)));
            start = matcher.end();
        }
        parts.add(new BodyPart(html.substring(start), ""));
        return parts;
    }
}
