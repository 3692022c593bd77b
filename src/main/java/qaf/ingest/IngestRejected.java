package qaf.ingest;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The dataset broke the contract; nothing was written. Carries every problem found, in report order. */
public final class IngestRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    IngestRejected(List<Problem> problems) {
        super(problems.size() + " problems");
        this.problems = problems.stream().sorted(Problem.ORDER).toList();
    }

    /** Sorted by file, line, column. */
    public List<Problem> problems() {
        return problems;
    }

    /** How many distinct files the problems are in. */
    public int fileCount() {
        Set<String> files = new TreeSet<>();
        problems.forEach(p -> files.add(p.file()));
        return files.size();
    }
}
