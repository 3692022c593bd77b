package qaf.ingest;

import java.util.Comparator;

/**
 * One reason a dataset was rejected. {@code line} is the physical line in the file, counted from 1
 * (header problems are on the header's line, normally 1); {@code column} is the 1-based position
 * of the column in that file's header. 0 means the problem concerns the whole file (line 0), or a
 * whole row or a column the header lacks (column 0). The message never quotes a cell's value
 * unless that value is a code, ref or enumeration word.
 */
public record Problem(String file, int line, int column, String columnName, String message) {

    /** The report order: by file, line, column, then message so equal positions stay stable. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::columnName)
            .thenComparing(Problem::message);

    /** {@code file:line:column: column_name: message — fix}, leaving out the parts that are 0 or empty. */
    public String format() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        b.append(": ");
        if (!columnName.isEmpty()) {
            b.append(columnName).append(": ");
        }
        return b.append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
