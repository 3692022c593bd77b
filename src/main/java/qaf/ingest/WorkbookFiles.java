package qaf.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import qaf.ingest.workbook.FormReader;
import qaf.ingest.workbook.Grid;
import qaf.ingest.workbook.SourceFile;
import qaf.ingest.workbook.WorkbookReader;
import qaf.store.Table;

/**
 * The workbooks ({@code .xlsx}) and Word forms ({@code .docx}) of a dataset folder as dataset files
 * (DATA-FORMAT.md, "Workbooks and forms as dataset files"). Each table is turned into the CSV text
 * the same cells would make and read by {@link CsvFiles}, so every rule of the CSV path applies
 * unchanged; then the tables of one dataset file, from all workbooks, forms and the CSV file, are
 * merged into the one {@link ParsedFile} the checks see. Problems are reported where the agency
 * can find them: {@code returns.xlsx:Sheet!B14} or {@code form.docx:<tag>}.
 *
 * <p>Where the contract leaves a choice:
 * <ul>
 *   <li>a table is read when its name is a dataset file's name without {@code .csv}, optionally
 *       followed by a period and anything ({@code chronology.3}): Excel wants a workbook's table
 *       names unique, and an agency's return holds a chronology per case;</li>
 *   <li>in a return qaf issued, the keys it was issued for (evaluation, agency, case) are written
 *       into the file; a blank key cell takes them, a different one is refused, and a row holding
 *       nothing but those keys is an unfilled row, skipped;</li>
 *   <li>when several files fill one table, a column present in any of them is present for all its
 *       rows (a blank cell clears the stored value); lock files that Excel and LibreOffice leave
 *       ({@code ~$…}, {@code .~lock…}) are skipped.</li>
 * </ul>
 */
final class WorkbookFiles {
    private static final CSVFormat CSV = CSVFormat.RFC4180;
    private static final Pattern FIRST_ON_LINE = Pattern.compile("first on line (\\d+)");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    /** Where each row of a merged file came from, by merged file name; row i is line i + 1. */
    private final Map<String, List<Origin>> merged = new HashMap<>();

    private WorkbookFiles() {
    }

    /**
     * Reads the folder's workbooks and forms, replacing in {@code parsed} each CSV file that they add
     * rows to by the merged file, and adding the files only they fill.
     */
    static WorkbookFiles read(Path dir, List<ParsedFile> parsed, List<Problem> problems) {
        WorkbookFiles files = new WorkbookFiles();
        List<SourceFile> sources = sources(dir);
        if (sources.isEmpty()) {
            return files;
        }
        Map<Table, List<Part>> parts = new LinkedHashMap<>();
        for (ParsedFile csv : parsed) {
            parts.computeIfAbsent(csv.spec().table(), t -> new ArrayList<>()).add(new Part(csv, null, Map.of()));
        }
        for (SourceFile source : sources) {
            for (SourceFile.Issue issue : source.issues()) {
                problems.add(new Problem(source.name() + (issue.place().isEmpty() ? "" : ":" + issue.place()), 0,
                        0, issue.column(), issue.message()));
            }
            for (Grid grid : source.grids()) {
                Optional<FileSpec> spec = DatasetFormat.byFileName(grid.fileStem() + ".csv");
                if (spec.isEmpty()) {
                    if (isForm(grid)) {
                        problems.add(new Problem(grid.origin() + ":" + grid.headerPlaces().get(0), 0, 0, "",
                                "not a dataset file — a control's tag is <file>.<column> naming a file of the"
                                        + " dataset format, e.g. close_the_loop.returned_on"));
                    }
                    continue; // a workbook's other tables are the agency's own
                }
                Part part = part(spec.get(), grid, problems);
                parts.computeIfAbsent(spec.get().table(), t -> new ArrayList<>()).add(part);
            }
        }
        parsed.clear();
        for (Table table : Table.values()) {
            List<Part> list = parts.get(table);
            if (list == null) {
                continue;
            }
            parsed.add(list.size() == 1 && list.get(0).grid() == null ? list.get(0).file() : files.merge(list));
        }
        return files;
    }

    /** The problems with those in merged files moved to the workbook cell, form control or CSV line they are in. */
    List<Problem> placed(List<Problem> problems) {
        if (merged.isEmpty()) {
            return problems;
        }
        List<Problem> out = new ArrayList<>();
        for (Problem p : problems) {
            List<Origin> origins = merged.get(p.file());
            if (origins == null || p.line() < 1 || p.line() > origins.size()) {
                out.add(p);
                continue;
            }
            Matcher m = FIRST_ON_LINE.matcher(p.message());
            String message = p.message();
            if (m.find()) {
                int first = Integer.parseInt(m.group(1));
                if (first >= 1 && first <= origins.size()) {
                    message = m.replaceFirst(Matcher.quoteReplacement("first at " + origins.get(first - 1).where()));
                }
            }
            out.add(origins.get(p.line() - 1).place(p.columnName(), message));
        }
        return out;
    }

    private static List<SourceFile> sources(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        String lower = n.toLowerCase(Locale.ROOT);
                        return !n.startsWith("~$") && !n.startsWith(".~lock") && (lower.endsWith(".xlsx")
                                || lower.endsWith(".xlsm") || lower.endsWith(".docx") || lower.endsWith(".docm"));
                    })
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList().parallelStream() // files open independently; the list keeps the folder's order
                    .map(p -> {
                        String lower = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return lower.endsWith(".xlsx") || lower.endsWith(".xlsm")
                                ? WorkbookReader.read(p) : FormReader.read(p);
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the dataset folder " + dir, e);
        }
    }

    private static boolean isForm(Grid grid) {
        String lower = grid.origin().toLowerCase(Locale.ROOT);
        return lower.endsWith(".docx") || lower.endsWith(".docm");
    }

    /**
     * One table as CSV text read by {@link CsvFiles}, in memory (the returns' text never touches the
     * disk); its problems placed at once.
     */
    private static Part part(FileSpec spec, Grid grid, List<Problem> problems) {
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
        Origin header = new Origin(keyed, null, null, 0);
        for (Problem p : local) {
            Grid.GridRow row = byLine.get(p.line());
            Origin at = row == null ? header : new Origin(keyed, row, null, 0);
            String columnName = p.columnName();
            if (p.column() > 0 && p.column() <= keyed.header().size()) {
                String place = row == null ? keyed.headerPlaces().get(p.column() - 1) : row.cellPlaces().get(p.column() - 1);
                problems.add(at.problemAt(place, columnName, p.message()));
            } else {
                problems.add(at.place(columnName, p.message()));
            }
        }
        return new Part(file, keyed, byLine);
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

    private ParsedFile merge(List<Part> list) {
        FileSpec spec = list.get(0).file().spec();
        List<String> names = list.stream().map(p -> p.grid() == null ? p.file().name() : p.grid().origin())
                .distinct().toList();
        String name = names.size() == 1 ? names.get(0) + " (" + spec.fileName() + ")"
                : spec.fileName() + " from " + names.size() + " files";
        Map<String, Integer> positions = new LinkedHashMap<>();
        List<ParsedFile.Row> rows = new ArrayList<>();
        List<Origin> origins = new ArrayList<>();
        for (Part part : list) {
            part.file().positions().forEach((column, position) -> positions.putIfAbsent(column, positions.size() + 1));
            for (ParsedFile.Row row : part.file().rows()) {
                origins.add(part.grid() == null ? new Origin(null, null, part.file(), row.line())
                        : new Origin(part.grid(), part.byLine().get(row.line()), null, 0));
                rows.add(new ParsedFile.Row(rows.size() + 1, row.values(), row.complete()));
            }
        }
        merged.put(name, origins);
        return new ParsedFile(spec, name, positions, rows);
    }

    /** One source of a table's rows: a CSV file (grid null) or a table of a workbook or form. */
    private record Part(ParsedFile file, Grid grid, Map<Integer, Grid.GridRow> byLine) {
    }

    /** Where a row came from: a workbook or form row (grid, row), or a CSV line (csv, line). */
    private record Origin(Grid grid, Grid.GridRow row, ParsedFile csv, int line) {
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
            if (row == null && i < 0 && isForm(grid) && !columnName.isEmpty()) {
                at = grid.name() + "." + columnName;
            } else if (row == null) {
                at = i >= 0 ? grid.headerPlaces().get(i) : grid.headerPlaces().isEmpty() ? "" : grid.headerPlaces().get(0);
            } else {
                at = i >= 0 ? row.cellPlaces().get(i) : row.place();
            }
            if (isForm(grid) && at.isEmpty() && !columnName.isEmpty()) {
                at = grid.name() + "." + columnName;
            }
            return problemAt(at, columnName, message);
        }

        Problem problemAt(String at, String columnName, String message) {
            boolean form = isForm(grid);
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
}
