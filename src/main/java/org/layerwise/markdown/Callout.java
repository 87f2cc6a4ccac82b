package org.layerwise.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A GitHub alert, such as {@code > [!NOTE]}, in the document tree: a block quote that became a callout. */
final class Callout extends Block {

    /** The kinds of alert GitHub knows, each with the title the callout shows. */
    enum Kind {
        NOTE("Note"), TIP("Tip"), IMPORTANT("Important"), WARNING("Warning"), CAUTION("Caution");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        String title() {
            return title;
        }

        /** The kind for a marker word in any letter case, such as {@code note} for NOTE. */
        static Optional<Kind> named(String word) {
            return Arrays.stream(values()).filter(kind -> kind.name().equalsIgnoreCase(word)).findFirst();
        }

        /** The suffix of the kind's CSS class, {@code lw-callout--note} for NOTE. */
        String cssName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Kind kind;

    Callout(BasedSequence chars, Kind kind) {
        super(chars);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
