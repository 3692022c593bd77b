package qaf.ingest;

import java.util.List;

/** The outcome of an accepted ingest: one summary per file present, in dataset (dependency) order. */
public record IngestResult(List<FileSummary> files) {

    public IngestResult {
        files = List.copyOf(files);
    }

    public int rowsRead() {
        return files.stream().mapToInt(FileSummary::read).sum();
    }

    public int inserted() {
        return files.stream().mapToInt(FileSummary::inserted).sum();
    }

    public int updated() {
        return files.stream().mapToInt(FileSummary::updated).sum();
    }

    public int unchanged() {
        return files.stream().mapToInt(FileSummary::unchanged).sum();
    }
}
