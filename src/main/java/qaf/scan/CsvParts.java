package qaf.scan;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A document's table as CSV ({@code <name>.data/<table>.csv}): every cell, header included, on its
 * own, placed by physical line (a quoted cell may span lines) and column number.
 */
final class CsvParts {
    private CsvParts() {
    }

    static void read(Path file, Consumer<TextPart> sink) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<String> header = parser.getHeaderNames();
            for (int c = 0; c < header.size(); c++) {
                sink.accept(new TextPart("line 1, column " + (c + 1) + " (header)", header.get(c)));
            }
            // Columns by number: a header is text too, and a place must never quote what may be a name.
            long line = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                String row = String.join(" ", record.toList());
                for (int c = 0; c < record.size(); c++) {
                    sink.accept(new TextPart("line " + line + ", column " + (c + 1), record.get(c), row));
                }
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException("not a readable CSV file: " + e.getMessage(), e);
        }
    }
}
