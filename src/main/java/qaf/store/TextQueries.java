package qaf.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A table's free text with its row keys, for the privacy screen to say which cell a name was typed
 * into. Nothing here is a document's input: the build reads it with recording paused
 * ({@link Database#unrecorded}), so a document's fingerprint does not depend on every text of the store.
 */
public final class TextQueries {
    private TextQueries() {
    }

    /** One row: its key values and its text values, each in the order asked for. */
    public record Row(List<String> key, List<String> text) {
    }

    /**
     * Every row of {@code table} with a value in at least one of {@code textColumns}, in key order.
     *
     * @param textColumns SQL column names of the table
     */
    public static List<Row> rows(Database db, Table table, List<String> textColumns) {
        Set<String> known = table.columns().stream().map(Column::name).collect(Collectors.toSet());
        for (String c : textColumns) {
            if (!known.contains(c)) {
                throw new IllegalArgumentException(table.sqlName() + " has no column " + c);
            }
        }
        List<String> key = table.keyColumns();
        List<String> selected = new ArrayList<>(key);
        selected.addAll(textColumns);
        String sql = "SELECT " + String.join(", ", selected) + " FROM " + table.sqlName() + " WHERE "
                + textColumns.stream().map(c -> c + " IS NOT NULL").collect(Collectors.joining(" OR "))
                + " ORDER BY " + String.join(", ", key);
        return db.query(sql, List.of(), rs -> {
            List<String> keys = new ArrayList<>(key.size());
            for (int i = 0; i < key.size(); i++) {
                keys.add(rs.getString(i + 1));
            }
            List<String> texts = new ArrayList<>(textColumns.size());
            for (int i = 0; i < textColumns.size(); i++) {
                texts.add(rs.getString(key.size() + i + 1));
            }
            return new Row(keys, texts);
        });
    }
}
