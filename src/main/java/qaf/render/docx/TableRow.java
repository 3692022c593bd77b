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
 * @param fills per cell, the shading of a toned cell (hex RRGGBB, from the palette) or null; null for none
 * @param strong per cell, whether its text is in the "Strong" style; null for none
 */
public record TableRow(List<String> cells, boolean emphasised, boolean highlighted, List<String> fills,
        List<Boolean> strong) {
    public TableRow {
        cells = List.copyOf(cells);
        // Lists of nulls are allowed (no fill), so they are copied without List.copyOf.
        fills = fills == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(fills));
        strong = strong == null ? null : List.copyOf(strong);
        if (fills != null && fills.size() != cells.size() || strong != null && strong.size() != cells.size()) {
            throw new IllegalArgumentException("a row's fills and bold flags must have one entry per cell");
        }
    }

    public TableRow(List<String> cells, boolean emphasised, boolean highlighted) {
        this(cells, emphasised, highlighted, null, null);
    }

    /** The fill of cell {@code c} (hex RRGGBB), or null. */
    String fill(int c) {
        return fills == null ? null : fills.get(c);
    }

    boolean strong(int c) {
        return emphasised || strong != null && strong.get(c);
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
