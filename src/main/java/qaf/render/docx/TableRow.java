package qaf.render.docx;

import java.util.List;
import java.util.Objects;

/**
 * One body row of a table. The flags change the look through house styles only ("Strong" runs,
 * "Highlight" paragraphs); they never carry meaning alone, so callers put a text marker in a cell
 * as well, for readers who cannot see bold or colour.
 *
 * @param cells displayed text, one per column; {@code \n} becomes a line break
 * @param emphasised every cell's text in the "Strong" character style
 * @param highlighted every cell's paragraphs in the "Highlight" paragraph style
 */
public record TableRow(List<String> cells, boolean emphasised, boolean highlighted) {
    public TableRow {
        cells = List.copyOf(cells);
    }

    public static TableRow of(List<String> cells) {
        return new TableRow(cells, false, false);
    }

    public static TableRow of(String... cells) {
        return new TableRow(List.of(cells), false, false);
    }

    static void requireWidth(TableRow row, int columns) {
        Objects.requireNonNull(row, "row");
        if (row.cells.size() != columns) {
            throw new IllegalArgumentException("table row of " + row.cells.size() + " cells in a table of "
                    + columns + " columns");
        }
    }
}
