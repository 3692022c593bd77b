package qaf.document;

import java.util.List;

/**
 * A table or chart series a document shows, also published as {@code <document>.data/<name>.csv} so
 * the analyst can reuse the figures and readers who cannot use a chart get the numbers.
 *
 * @param name file-safe name, e.g. {@code entries-per-agency}
 * @param header column names
 * @param rows cells as displayed text, one list per row, each as long as the header
 */
public record DataTable(String name, List<String> header, List<List<String>> rows) {
    public DataTable {
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("data table name must be lower-case kebab words: " + name);
        }
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells in table " + name
                        + " with " + header.size() + " columns");
            }
        }
    }

    /** The same table with every header and cell passed through {@code f} (the privacy screen). */
    public DataTable mapText(java.util.function.UnaryOperator<String> f) {
        return new DataTable(name, header.stream().map(f).toList(),
                rows.stream().map(r -> r.stream().map(f).toList()).toList());
    }
}
