package qaf.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * can find them: {@code returns.xlsx:Sheet!B14} or {@code form.docx:<tag>}. One table becomes CSV
 * text in {@link GridToCsv}; where each merged row came from is its {@link RowOrigin}.
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
    private static final Pattern FIRST_ON_LINE = Pattern.compile("first on line (\\d+)");

    /** Where each row of a merged file came from, by merged file name; row i is line i + 1. */
    private final Map<String, List<RowOrigin>> merged = new HashMap<>();

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
        Map<Table, List<TablePart>> parts = new LinkedHashMap<>();
        for (ParsedFile csv : parsed) {
            parts.computeIfAbsent(csv.spec().table(), t -> new ArrayList<>()).add(new TablePart(csv, null, Map.of()));
        }
        for (SourceFile source : sources) {
            for (SourceFile.Issue issue : source.issues()) {
                problems.add(new Problem(source.name() + (issue.place().isEmpty() ? "" : ":" + issue.place()), 0,
                        0, issue.column(), issue.message()));
            }
            for (Grid grid : source.grids()) {
                Optional<FileSpec> spec = DatasetFormat.byFileName(grid.fileStem() + ".csv");
                if (spec.isEmpty()) {
                    if (GridToCsv.isForm(grid)) {
                        problems.add(new Problem(grid.origin() + ":" + grid.headerPlaces().get(0), 0, 0, "",
                                "not a dataset file — a control's tag is <file>.<column> naming a file of the"
                                        + " dataset format, e.g. close_the_loop.returned_on"));
                    }
                    continue; // a workbook's other tables are the agency's own
                }
                TablePart part = GridToCsv.part(spec.get(), grid, problems);
                parts.computeIfAbsent(spec.get().table(), t -> new ArrayList<>()).add(part);
            }
        }
        parsed.clear();
        for (Table table : Table.values()) {
            List<TablePart> list = parts.get(table);
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
            List<RowOrigin> origins = merged.get(p.file());
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

    private ParsedFile merge(List<TablePart> list) {
        FileSpec spec = list.get(0).file().spec();
        List<String> names = list.stream().map(p -> p.grid() == null ? p.file().name() : p.grid().origin())
                .distinct().toList();
        String name = names.size() == 1 ? names.get(0) + " (" + spec.fileName() + ")"
                : spec.fileName() + " from " + names.size() + " files";
        Map<String, Integer> positions = new LinkedHashMap<>();
        List<ParsedFile.Row> rows = new ArrayList<>();
        List<RowOrigin> origins = new ArrayList<>();
        for (TablePart part : list) {
            part.file().positions().forEach((column, position) -> positions.putIfAbsent(column, positions.size() + 1));
            for (ParsedFile.Row row : part.file().rows()) {
                origins.add(part.grid() == null ? new RowOrigin(null, null, part.file(), row.line())
                        : new RowOrigin(part.grid(), part.byLine().get(row.line()), null, 0));
                rows.add(new ParsedFile.Row(rows.size() + 1, row.values(), row.complete()));
            }
        }
        merged.put(name, origins);
        return new ParsedFile(spec, name, positions, rows);
    }
}
