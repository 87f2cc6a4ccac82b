package org.layerwise.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;


/**
 * Code spans as CommonMark 0.31 renders them. flexmark 0.64 trims all whitespace around the code;
 * the spec turns line endings into spaces and strips one space from each end only when both ends
 * have one and the span is not all spaces, so that {@code `` `a` ``} keeps its backticks apart
 * from the delimiters and {@code ` a`} keeps its leading space.
 */
final class CodeSpans extends CustomNodeRenderer<Code> {

    CodeSpans() {
        super(Code.class);
    }

    @Override
    protected void render(Code code, NodeRendererContext context, HtmlWriter html) {
        html.withAttr().tag("code");
        html.text(content(code.getText().toString()));
        html.tag("/code");
    }

    /** The text of a code span, from between its backtick strings, as the spec says to show it. */
    static String content(String raw) {
        String text = raw.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        boolean padded = text.startsWith(" ") && text.endsWith(" ") && text.chars().anyMatch(c -> c != ' ');
        return padded ? text.substring(1, text.length() - 1) : text;
    }
}
