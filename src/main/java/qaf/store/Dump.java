package qaf.store;

import java.util.List;

/**
 * A deterministic text image of every dataset table (rows ordered by key), for comparing two
 * database states. Values are written with Java string escapes so a newline in free text cannot
 * fake a row boundary.
 */
public final class Dump {
    private Dump() {
    }

    public static String allTables(Database db) {
        StringBuilder out = new StringBuilder();
        for (Table table : Table.values()) {
            out.append("== ").append(table.sqlName()).append('\n');
            String sql = "SELECT " + StoreTransaction.columnList(table) + " FROM " + table.sqlName()
                    + " ORDER BY " + StoreTransaction.keyList(table);
            List<List<Object>> rows = db.query(sql, List.of(), rs -> StoreTransaction.read(table, rs));
            for (List<Object> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    out.append(i == 0 ? "" : " | ").append(format(row.get(i)));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String format(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Long) {
            return value.toString();
        }
        String s = (String) value;
        StringBuilder b = new StringBuilder("'");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\\' -> b.append("\\\\");
                case '\'' -> b.append("\\'");
                case '|' -> b.append("\\|");
                default -> b.append(c);
            }
        }
        return b.append('\'').toString();
    }
}
