package qaf.ingest;

import qaf.ingest.workbook.Grid;

/**
 * Where a row came from: a workbook or form row (grid, row), or a CSV line (csv, line); a problem
 * with the row is placed there, at the cell, form control or line an agency can find.
 */
record RowOrigin(Grid grid, Grid.GridRow row, ParsedFile csv, int line) {
    String where() {
        if (csv != null) {
            return csv.name() + " line " + line;
        }
        return grid.origin() + (row == null || row.place().isEmpty() ? "" : ":" + row.place());
    }

    Problem place(String columnName, String message) {
        if (csv != null) {
            return new Problem(csv.name(), line, columnName.isEmpty() ? 0 : csv.position(columnName), columnName,
                    message);
        }
        int i = column(columnName);
        String at;
        if (row == null && i < 0 && GridToCsv.isForm(grid) && !columnName.isEmpty()) {
            at = grid.name() + "." + columnName;
        } else if (row == null) {
            at = i >= 0 ? grid.headerPlaces().get(i) : grid.headerPlaces().isEmpty() ? "" : grid.headerPlaces().get(0);
        } else {
            at = i >= 0 ? row.cellPlaces().get(i) : row.place();
        }
        if (GridToCsv.isForm(grid) && at.isEmpty() && !columnName.isEmpty()) {
            at = grid.name() + "." + columnName;
        }
        return problemAt(at, columnName, message);
    }

    Problem problemAt(String at, String columnName, String message) {
        boolean form = GridToCsv.isForm(grid);
        String text = form ? message.replace("missing required column — add a column named " + columnName,
                "no control tagged " + grid.name() + "." + columnName + " — the form needs one") : message;
        return new Problem(grid.origin() + (at.isEmpty() ? "" : ":" + at), 0, 0, form ? "" : columnName, text);
    }

    private int column(String columnName) {
        for (int i = 0; i < grid.header().size(); i++) {
            if (grid.header().get(i).strip().equalsIgnoreCase(columnName)) {
                return i;
            }
        }
        return -1;
    }
}
