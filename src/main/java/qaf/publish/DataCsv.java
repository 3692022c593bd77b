package qaf.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import qaf.document.DataTable;

/**
 * Writes a document's table as CSV for reuse in a spreadsheet. A cell that a spreadsheet would take
 * as a formula (starting with {@code = + - @}, a tab or a carriage return) is prefixed with an
 * apostrophe, as OWASP advises against CSV injection; a plain number such as {@code -2} is left as it
 * is because no spreadsheet runs it.
 */
public final class DataCsv {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?%?");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private DataCsv() {
    }

    public static void write(DataTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(escape(table.header()));
        for (List<String> row : table.rows()) {
            printer.printRecord(escape(row));
        }
        printer.flush();
    }

    static List<String> escape(List<String> cells) {
        List<String> escaped = new ArrayList<>(cells.size());
        for (String cell : cells) {
            escaped.add(escape(cell));
        }
        return escaped;
    }

    static String escape(String cell) {
        if (cell == null || cell.isEmpty() || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + cell : cell;
    }
}
