package org.layerwise;

import org.layerwise.model.Problem;

import java.util.List;

/** The build found problems in its input; nothing was written. */
public final class BuildFailed extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public BuildFailed(List<Problem> problems) {
        super(problems.size() + " problem(s)", null, false, false);
        this.problems = problems.stream().distinct().sorted(Problem.IN_FILE_ORDER).toList();
    }

    /** Every problem, sorted by file and line. */
    public List<Problem> problems() {
        return problems;
    }
}
