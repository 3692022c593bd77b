package qaf.ingest.workbook;

import java.util.List;

/**
 * What one workbook or form holds for the dataset: its tables, and the problems found in reading it
 * (a file that cannot be opened, an error in a formula, a table an issued return lacks).
 */
public record SourceFile(String name, List<Grid> grids, List<Issue> issues) {
    public SourceFile {
        grids = List.copyOf(grids);
        issues = List.copyOf(issues);
    }

    static SourceFile refused(String name, String message) {
        return new SourceFile(name, List.of(), List.of(new Issue("", "", message)));
    }

    /**
     * A problem at {@code place} ({@code Sheet!B14}, a form's tag, or empty for the whole file).
     * The message never quotes a cell.
     */
    public record Issue(String place, String column, String message) {
    }
}
