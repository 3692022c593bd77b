package qaf.ingest;

import java.util.List;
import java.util.Map;

/**
 * A dataset file after parsing: its valid-looking rows with their stored values.
 *
 * @param name the file's name as found in the folder
 * @param positions 1-based header position of each column present, by lower-case name
 * @param rows the data rows (blank lines left out), in file order
 */
record ParsedFile(FileSpec spec, String name, Map<String, Integer> positions, List<Row> rows) {

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
