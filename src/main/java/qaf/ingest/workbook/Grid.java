package qaf.ingest.workbook;

import java.util.List;
import java.util.Map;

/**
 * One table of a workbook, or the controls of one Word form, as typed cells with the place each came
 * from. Knows nothing of the dataset format: {@code qaf.ingest} decides what the cells mean.
 *
 * @param origin the file's name as found in the folder, e.g. {@code returns.xlsx}
 * @param name the table's name ({@code chronology.3}) or, for a form, the file part of its tags
 * @param header the header cells, blank ones as the empty string
 * @param headerPlaces where each header cell is ({@code Chronology C-3!B4}, or a form's tag)
 * @param rows the data rows in sheet order, rows of blank cells left out
 * @param fixedKeys column values an issued return fixes for every row of this table (empty when the
 *     file was not issued by qaf): a blank cell takes the value, a different one is refused
 * @param prefilled the columns an issued return filled in for the agency (its keys); a row with nothing
 *     in its other columns was not filled in
 */
public record Grid(String origin, String name, List<String> header, List<String> headerPlaces, List<GridRow> rows,
        Map<String, String> fixedKeys, java.util.Set<String> prefilled) {

    public Grid {
        header = List.copyOf(header);
        headerPlaces = List.copyOf(headerPlaces);
        rows = List.copyOf(rows);
        fixedKeys = Map.copyOf(fixedKeys);
        prefilled = java.util.Set.copyOf(prefilled);
        if (headerPlaces.size() != header.size()) {
            throw new IllegalArgumentException("a place per header cell");
        }
    }

    /** The dataset file this table fills, lower case and without {@code .csv}: the name before any period. */
    public String fileStem() {
        int dot = name.indexOf('.');
        return (dot < 0 ? name : name.substring(0, dot)).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * One data row. A cell is null (blank), a {@link String}, a {@link Double}, a {@link Boolean}, a
     * {@link java.time.LocalDate}, a {@link java.time.LocalTime}, a {@link java.time.LocalDateTime} or a
     * {@link java.time.YearMonth} (a date cell formatted without its day, e.g. "Mar 2025").
     *
     * @param place where the row is, for a problem with the whole row ({@code Sheet!A14}, or the form's name)
     * @param cellPlaces where each cell is, one per header cell
     */
    public record GridRow(String place, List<String> cellPlaces, List<Object> cells) {
        public GridRow {
            cellPlaces = List.copyOf(cellPlaces);
            cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        }
    }
}
