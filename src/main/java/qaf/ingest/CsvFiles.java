package qaf.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import qaf.calendar.PartialDate;

/** Reads one dataset file into a {@link ParsedFile}, recording every problem in its cells and header. */
final class CsvFiles {
    private static final char BOM = '\uFEFF';
    // RFC 4180 quoting; any line ending. Empty lines are kept as records so that line numbers can
    // be counted exactly, and skipped here.
    private static final Pattern COLUMN_NAME = Pattern.compile("[a-z][a-z0-9_ ]{0,39}");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private CsvFiles() {
    }

    static ParsedFile read(FileSpec spec, Path path, List<Problem> problems) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String name = path.getFileName().toString();
        try {
            return read(spec, name, new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder)),
                    problems);
        } catch (IOException e) {
            new ProblemSink(name, problems).add(1, 0, "", failure(e));
            return new ParsedFile(spec, name, new LinkedHashMap<>(), List.of());
        }
    }

    /** Reads CSV text that is already in memory (a workbook's table as CSV), named {@code name} in problems. */
    static ParsedFile read(FileSpec spec, String name, String text, List<Problem> problems) {
        return read(spec, name, new BufferedReader(new java.io.StringReader(text)), problems);
    }

    private static ParsedFile read(FileSpec spec, String name, BufferedReader source, List<Problem> problems) {
        ProblemSink sink = new ProblemSink(name, problems);
        Map<String, Integer> positions = new LinkedHashMap<>();
        List<ParsedFile.Row> rows = new ArrayList<>();
        long lastLine = 0;
        try (BufferedReader reader = source; CSVParser parser = FORMAT.parse(skipBom(reader))) {
            Iterator<CSVRecord> records = parser.iterator();
            Header header = null;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int line = (int) lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                if (isBlank(record)) {
                    continue;
                }
                if (header == null) {
                    if (!namesAColumn(spec, record)) {
                        // Read as a header, the first row of data would give one "unknown column"
                        // message per cell, each quoting a child's name or date of birth.
                        sink.add(line, 0, "", "the file has no header row: its first line names none of the columns"
                                + " of " + spec.fileName() + " — add a first line naming the columns: "
                                + columnList(spec));
                        return new ParsedFile(spec, name, positions, List.of(), true);
                    }
                    header = header(spec, record, line, sink);
                    header.positions.forEach((column, index) -> positions.put(column, index + 1));
                    continue;
                }
                rows.add(row(spec, header, record, line, sink));
            }
            if (header == null) {
                sink.add(1, 0, "", "the file is empty — give it a header row naming its columns");
            } else {
                header.checkBlankColumns(sink);
            }
        } catch (UncheckedIOException e) {
            sink.add((int) lastLine + 1, 0, "", failure(e.getCause()));
        } catch (IOException e) {
            sink.add((int) lastLine + 1, 0, "", failure(e));
        }
        return new ParsedFile(spec, name, positions, rows);
    }

    private static String failure(IOException e) {
        if (e instanceof CharacterCodingException) {
            return "not valid UTF-8 text — save the file as CSV UTF-8";
        }
        // commons-csv's own message is not shown: it may quote the text around the fault.
        return "malformed CSV (an unterminated quoted cell, or a quote inside a quoted cell that is not doubled)"
                + " — fix the quoting from this line on";
    }

    private static BufferedReader skipBom(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BOM) {
            reader.reset();
        }
        return reader;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String cell : record) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Header header(FileSpec spec, CSVRecord record, int line, ProblemSink sink) {
        Header header = new Header(record.size(), line);
        for (int i = 0; i < record.size(); i++) {
            String column = Cells.clean(record.get(i)).toLowerCase(Locale.ROOT);
            if (i == 0 && !column.isEmpty() && column.charAt(0) == BOM) {
                column = column.substring(1).strip();
            }
            if (column.isEmpty()) {
                header.blank.add(i);
            } else if (header.positions.containsKey(column)) {
                sink.add(line, i + 1, column, "the column appears twice (first at column "
                        + (header.positions.get(column) + 1) + ") — delete one of them");
            } else if (spec.field(column).isEmpty()) {
                // The header of a personal file is never quoted, nor anything that does not look like a
                // column name: a header cell may be data typed into the wrong row.
                String shown = !DatasetFormat.isPersonal(spec) && COLUMN_NAME.matcher(column).matches()
                        ? "'" + column + "'" : "";
                sink.add(line, i + 1, shown, "unknown column — check the spelling; the columns of "
                        + spec.fileName() + " are: " + columnList(spec));
            } else {
                header.positions.put(column, i);
            }
        }
        for (Field f : spec.fields()) {
            if (f.required() && !header.positions.containsKey(f.name())) {
                sink.add(line, 0, f.name(), "missing required column — add a column named " + f.name());
            }
        }
        return header;
    }

    private static boolean namesAColumn(FileSpec spec, CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            String column = Cells.clean(record.get(i)).toLowerCase(Locale.ROOT);
            if (i == 0 && !column.isEmpty() && column.charAt(0) == BOM) {
                column = column.substring(1).strip();
            }
            if (spec.field(column).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static String columnList(FileSpec spec) {
        return String.join(", ", spec.fields().stream().map(Field::name).toList());
    }

    private static ParsedFile.Row row(FileSpec spec, Header header, CSVRecord record, int line, ProblemSink sink) {
        Object[] values = new Object[spec.table().columns().size()];
        spec.constants().forEach((column, value) -> values[spec.table().indexOf(column)] = value);
        boolean complete = true;
        if (record.size() < header.width) {
            sink.add(line, record.size() + 1, "", "the row has " + record.size() + " cells but the header has "
                    + header.width + " — add the missing cells (empty ones too) or fix the quoting");
            complete = false;
        }
        for (int i = header.width; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                sink.add(line, i + 1, "", "a cell beyond the last column of the header — name its column in the"
                        + " header or delete the cell");
                complete = false;
            }
        }
        for (int b : header.blank) {
            if (b < record.size() && !record.get(b).isBlank()) {
                header.blankWithData.add(b);
            }
        }
        for (Field field : spec.fields()) {
            Integer index = header.positions.get(field.name());
            if (index != null && index >= record.size()) {
                continue; // a short row, reported once above
            }
            String raw = index == null ? "" : record.get(index);
            int column = index == null ? 0 : index + 1;
            if (raw.codePointCount(0, raw.length()) > Cells.MAX_CHARS) {
                sink.add(line, column, field.name(), "the cell is longer than " + Cells.MAX_CHARS
                        + " characters — shorten it");
                complete = false;
                continue;
            }
            String cell = Cells.clean(raw);
            if (cell.isEmpty()) {
                if (field.required()) {
                    if (index != null) {
                        sink.add(line, column, field.name(), "required — fill in the " + field.name());
                    }
                    complete = false;
                } else {
                    values[spec.table().indexOf(field.dbColumn())] = field.blankValue();
                }
                continue;
            }
            try {
                Object value = Cells.parse(field, cell);
                if (value instanceof PartialDate date) {
                    values[spec.table().indexOf(field.dbColumn())] = date.iso();
                    values[spec.table().indexOf("date_precision")] = date.precision().name().toLowerCase(Locale.ROOT);
                } else {
                    values[spec.table().indexOf(field.dbColumn())] = value;
                }
            } catch (Cells.BadCell e) {
                sink.add(line, column, field.name(), e.getMessage());
                complete = false;
            }
        }
        return new ParsedFile.Row(line, values, complete);
    }

    /** Header positions (0-based) of the known columns, and of blank-named ones. */
    private static final class Header {
        final int width;
        final int line;
        final Map<String, Integer> positions = new HashMap<>();
        final List<Integer> blank = new ArrayList<>();
        final SortedSet<Integer> blankWithData = new TreeSet<>();

        Header(int width, int line) {
            this.width = width;
            this.line = line;
        }

        /**
         * A column without a name is tolerated while it is empty (spreadsheets export trailing
         * empty columns); one holding data would lose it, so that is an error.
         */
        void checkBlankColumns(ProblemSink sink) {
            for (int index : blankWithData) {
                sink.add(line, index + 1, "", "a column with data has no name in the header — name it or delete"
                        + " the column");
            }
        }
    }

    /** Problems of one file. */
    record ProblemSink(String file, List<Problem> problems) {
        void add(int line, int column, String columnName, String message) {
            problems.add(new Problem(file, line, column, columnName, message));
        }
    }
}
