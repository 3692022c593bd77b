package qaf.ingest;

import java.util.List;
import java.util.Map;

/**
 * A dataset file after parsing: its valid-looking rows with their stored values.
 *
 * @param name the file's name as found in the folder
 * @param positions 1-based header position of each column present, by lower-case name
 * @param rows the data rows (blank lines left out), in file order
 * @param headerless the file has no header row, so none of its rows could be read: checks that
 *     would look a reference up in it stay silent rather than repeat that one problem per row
 */
record ParsedFile(FileSpec spec, String name, Map<String, Integer> positions, List<Row> rows, boolean headerless) {

    ParsedFile(FileSpec spec, String name, Map<String, Integer> positions, List<Row> rows) {
        this(spec, name, positions, rows, false);
    }

    ParsedFile {
        positions = Map.copyOf(positions);
        rows = List.copyOf(rows);
    }

    /** The column's header position, 0 when the file has no such column. */
    int position(String column) {
        return positions.getOrDefault(column, 0);
    }

    /**
     * One data row. {@code values} has one entry per table column; a cell that failed to parse
     * leaves null, and {@code complete} is then false so the row is never written (the ingest is
     * rejected anyway) but its other values are still checked against the rest of the dataset.
     */
    record Row(int line, Object[] values, boolean complete) {
    }
}
