package org.layerwise.load;

import org.layerwise.model.Problem;

import java.util.List;

/** Thrown by a loader when a file cannot become a record; carries every problem found in it. */
public final class ContentProblems extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ContentProblems(List<Problem> problems) {
        super(problems.size() + " problem(s), first: " + problems.get(0), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
