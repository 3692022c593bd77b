package qaf.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One CSV file of a dataset being generated: its contract column names and its rows, in the order
 * they were added. Cells are stored NFC-normalised, as ingest would store them, so the committed
 * files do not depend on how a literal happened to be typed in the source.
 */
final class CsvTable {
    /** RFC 4180 with {@code \n} records, so the files are the same bytes on every platform. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final String fileName;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    CsvTable(String fileName, String... header) {
        this.fileName = fileName;
        this.header = List.of(header);
    }

    String fileName() {
        return fileName;
    }

    List<String> header() {
        return header;
    }

    int size() {
        return rows.size();
    }

    /** Adds a row; {@code null} cells are written empty. The count must match the header. */
    void add(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(fileName + ": row has " + cells.length + " cells, header has "
                    + header.size());
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            String text = cell == null ? "" : cell.toString();
            row.add(Normalizer.normalize(text, Normalizer.Form.NFC));
        }
        rows.add(Collections.unmodifiableList(row));
    }

    void write(Path dir) {
        Path file = dir.resolve(fileName);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
