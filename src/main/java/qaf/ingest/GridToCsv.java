package qaf.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import qaf.ingest.workbook.Grid;

/**
 * One table of a workbook or form (a {@link Grid}) as the CSV text the same cells would make, read
 * by {@link CsvFiles} so every rule of the CSV path applies unchanged; an issued return's keys are
 * applied first, and the table's problems are placed at once at its cells or controls.
 */
final class GridToCsv {
    private static final CSVFormat CSV = CSVFormat.RFC4180;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private GridToCsv() {
    }

    static boolean isForm(Grid grid) {
        String lower = grid.origin().toLowerCase(Locale.ROOT);
        return lower.endsWith(".docx") || lower.endsWith(".docm");
    }

    /**
     * One table as CSV text read by {@link CsvFiles}, in memory (the returns' text never touches the
     * disk); its problems placed at once.
     */
    static TablePart part(FileSpec spec, Grid grid, List<Problem> problems) {
        Grid keyed = withKeys(grid, spec, problems);
        Map<Integer, Grid.GridRow> byLine = new HashMap<>();
        List<Optional<Field>> fields = keyed.header().stream()
                .map(h -> spec.field(h.strip().toLowerCase(Locale.ROOT))).toList();
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, CSV)) {
            printer.printRecord(keyed.header());
            int line = 2;
            List<String> cells = new ArrayList<>();
            for (Grid.GridRow row : keyed.rows()) {
                cells.clear();
                int breaks = 0;
                for (int i = 0; i < row.cells().size(); i++) {
                    String text = text(fields.get(i), row.cells().get(i));
                    if (text.indexOf('\n') >= 0) {
                        breaks += (int) text.chars().filter(ch -> ch == '\n').count();
                    }
                    cells.add(text);
                }
                printer.printRecord(cells);
                byLine.put(line, row);
                line += 1 + breaks;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to memory", e);
        }
        List<Problem> local = new ArrayList<>();
        ParsedFile file = CsvFiles.read(spec, spec.fileName(), csv.toString(), local);
        RowOrigin header = new RowOrigin(keyed, null, null, 0);
        for (Problem p : local) {
            Grid.GridRow row = byLine.get(p.line());
            RowOrigin at = row == null ? header : new RowOrigin(keyed, row, null, 0);
            String columnName = p.columnName();
            if (p.column() > 0 && p.column() <= keyed.header().size()) {
                String place = row == null ? keyed.headerPlaces().get(p.column() - 1) : row.cellPlaces().get(p.column() - 1);
                problems.add(at.problemAt(place, columnName, p.message()));
            } else {
                problems.add(at.place(columnName, p.message()));
            }
        }
        return new TablePart(file, keyed, byLine);
    }

    /**
     * An issued return's keys: unfilled rows dropped, blank key cells filled, a different key refused
     * (the row is then left out: the ingest is rejected anyway).
     */
    private static Grid withKeys(Grid grid, FileSpec spec, List<Problem> problems) {
        if (grid.fixedKeys().isEmpty()) {
            return grid;
        }
        List<String> header = new ArrayList<>(grid.header());
        List<String> headerPlaces = new ArrayList<>(grid.headerPlaces());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = new ArrayList<>();
        for (String column : grid.fixedKeys().keySet()) {
            if (!index.containsKey(column) && spec.field(column).isPresent()) {
                missing.add(column);
                index.put(column, header.size());
                header.add(column);
                headerPlaces.add(headerPlaces.isEmpty() ? "" : headerPlaces.get(headerPlaces.size() - 1));
            }
        }
        List<Grid.GridRow> rows = new ArrayList<>();
        for (Grid.GridRow row : grid.rows()) {
            List<Object> cells = new ArrayList<>(row.cells());
            List<String> places = new ArrayList<>(row.cellPlaces());
            for (String column : missing) {
                cells.add(null);
                places.add(row.place());
            }
            boolean filled = false;
            for (int i = 0; i < cells.size(); i++) {
                String column = header.get(i).strip().toLowerCase(Locale.ROOT);
                if (cells.get(i) != null && !grid.prefilled().contains(column)) {
                    filled = true;
                }
            }
            if (!filled) {
                continue;
            }
            boolean wrong = false;
            for (Map.Entry<String, String> key : grid.fixedKeys().entrySet()) {
                Integer i = index.get(key.getKey());
                if (i == null) {
                    continue;
                }
                Object cell = cells.get(i);
                String text = cell == null ? "" : Cells.clean(text(spec.field(key.getKey()), cell));
                if (text.isEmpty()) {
                    cells.set(i, key.getValue());
                } else if (!text.equals(key.getValue())) {
                    String where = isForm(grid) ? places.get(i) : places.get(i);
                    problems.add(new Problem(grid.origin() + ":" + where, 0, 0, isForm(grid) ? "" : key.getKey(),
                            "this return was issued for " + key.getKey() + " " + Cells.quote(key.getValue()) + ", not "
                                    + Cells.quote(text) + " — a return holds only the rows it was issued for; send"
                                    + " this row in the return for " + Cells.quote(text) + " or ask the partnership"
                                    + " for one"));
                    wrong = true;
                }
            }
            if (!wrong) {
                rows.add(new Grid.GridRow(row.place(), places, cells));
            }
        }
        return new Grid(grid.origin(), grid.name(), header, headerPlaces, rows, grid.fixedKeys(), grid.prefilled());
    }

    /** The text the cell would have in a CSV file, for its column. */
    static String text(Optional<Field> field, Object cell) {
        Field.Kind kind = field.map(Field::kind).orElse(Field.Kind.TEXT);
        if (cell == null) {
            return "";
        }
        if (cell instanceof String s) {
            return s.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (cell instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue())
                    : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (cell instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (cell instanceof LocalDate d) {
            return d.toString();
        }
        if (cell instanceof LocalTime t) {
            return t.format(MINUTES);
        }
        if (cell instanceof YearMonth m) {
            return m.toString();
        }
        if (cell instanceof LocalDateTime dt) {
            if (kind == Field.Kind.TIME) {
                return dt.toLocalTime().format(MINUTES);
            }
            if (dt.toLocalTime().equals(LocalTime.MIDNIGHT) && kind != Field.Kind.TEXT) {
                return dt.toLocalDate().toString();
            }
            return dt.toLocalDate() + (kind == Field.Kind.TEXT ? " " : "T") + dt.toLocalTime().format(MINUTES);
        }
        return cell.toString();
    }
}
