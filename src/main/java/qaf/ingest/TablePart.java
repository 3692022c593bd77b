package qaf.ingest;

import java.util.Map;
import qaf.ingest.workbook.Grid;

/** One source of a table's rows: a CSV file (grid null) or a table of a workbook or form. */
record TablePart(ParsedFile file, Grid grid, Map<Integer, Grid.GridRow> byLine) {
}
