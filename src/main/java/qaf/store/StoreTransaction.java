package qaf.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The reads and writes an ingest makes inside one transaction. Rows are lists holding one value per
 * {@link Table#columns()} entry: {@link String} for TEXT, {@link Long} for INTEGER, or null. SQL is
 * built from the {@link Table} metadata only, never from input text.
 */
public final class StoreTransaction implements AutoCloseable {
    private final Connection connection;
    private final Map<Table, Statements> statements = new EnumMap<>(Table.class);
    private boolean closed;

    StoreTransaction(Connection connection) {
        this.connection = connection;
    }

    /** Whether a row with this key (values in {@link Table#keyColumns()} order) is stored. */
    public boolean exists(Table table, List<?> key) {
        return find(table, key).isPresent();
    }

    /** The stored row with this key, if any. */
    public Optional<List<Object>> find(Table table, List<?> key) {
        try {
            PreparedStatement select = statements(table).selectByKey;
            for (int i = 0; i < key.size(); i++) {
                bind(select, i + 1, table.columns().get(table.indexOf(table.keyColumns().get(i))), key.get(i));
            }
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(read(table, rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read " + table.sqlName(), e);
        }
    }

    /** Whether any stored row has {@code value} in {@code column} (for references to a non-key column). */
    public boolean existsWhere(Table table, String column, Object value) {
        Column col = table.columns().get(table.indexOf(column));
        String sql = "SELECT " + keyList(table) + " FROM " + table.sqlName() + " WHERE " + col.name() + " = ?"
                + " ORDER BY " + keyList(table) + " LIMIT 1";
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            bind(st, 1, col, value);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read " + table.sqlName(), e);
        }
    }

    /**
     * Every stored key of the table, each as its values in {@link Table#keyColumns()} order, for
     * checks a lookup by exact key cannot make (two refs differing only in letter case).
     */
    public List<List<Object>> keys(Table table) {
        String sql = "SELECT " + keyList(table) + " FROM " + table.sqlName() + " ORDER BY " + keyList(table);
        List<List<Object>> result = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Object[] key = new Object[table.keyColumns().size()];
                for (int i = 0; i < key.length; i++) {
                    key[i] = rs.getObject(i + 1);
                    if (key[i] instanceof Integer n) {
                        key[i] = n.longValue();
                    }
                }
                result.add(Arrays.asList(key));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read " + table.sqlName(), e);
        }
        return result;
    }

    /** Every stored child's pseudonym, by child_ref. */
    public Map<String, String> childPseudonyms() {
        String sql = "SELECT child_ref, pseudonym FROM children ORDER BY child_ref";
        Map<String, String> result = new TreeMap<>();
        try (PreparedStatement st = connection.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read children", e);
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * Inserts the row, or updates the stored row with the same key when any value differs; a row
     * equal to the stored one is left alone.
     */
    public UpsertOutcome upsert(Table table, List<?> row) {
        if (row.size() != table.columns().size()) {
            throw new IllegalArgumentException(table.sqlName() + " rows have " + table.columns().size()
                    + " values, not " + row.size());
        }
        List<Object> key = new ArrayList<>();
        for (String k : table.keyColumns()) {
            key.add(row.get(table.indexOf(k)));
        }
        Optional<List<Object>> stored = find(table, key);
        try {
            if (stored.isEmpty()) {
                PreparedStatement insert = statements(table).insert;
                for (int i = 0; i < row.size(); i++) {
                    bind(insert, i + 1, table.columns().get(i), row.get(i));
                }
                insert.executeUpdate();
                return UpsertOutcome.INSERTED;
            }
            if (sameValues(stored.get(), row)) {
                return UpsertOutcome.UNCHANGED;
            }
            PreparedStatement update = statements(table).update;
            int p = 1;
            for (int i = 0; i < row.size(); i++) {
                if (!table.keyColumns().contains(table.columns().get(i).name())) {
                    bind(update, p++, table.columns().get(i), row.get(i));
                }
            }
            for (String k : table.keyColumns()) {
                int i = table.indexOf(k);
                bind(update, p++, table.columns().get(i), row.get(i));
            }
            update.executeUpdate();
            return UpsertOutcome.UPDATED;
        } catch (SQLException e) {
            throw new StoreException("cannot write " + table.sqlName(), e);
        }
    }

    private static boolean sameValues(List<Object> stored, List<?> row) {
        for (int i = 0; i < stored.size(); i++) {
            Object a = stored.get(i);
            Object b = row.get(i);
            if (b instanceof Integer n) {
                b = n.longValue();
            }
            if (!Objects.equals(a, b)) {
                return false;
            }
        }
        return true;
    }

    static List<Object> read(Table table, ResultSet rs) throws SQLException {
        Object[] values = new Object[table.columns().size()];
        for (int i = 0; i < values.length; i++) {
            if (table.columns().get(i).type() == Column.Type.INTEGER) {
                long n = rs.getLong(i + 1);
                values[i] = rs.wasNull() ? null : n;
            } else {
                values[i] = rs.getString(i + 1);
            }
        }
        return Arrays.asList(values);
    }

    private static void bind(PreparedStatement st, int index, Column column, Object value) throws SQLException {
        if (value == null) {
            st.setNull(index, column.type() == Column.Type.INTEGER ? Types.INTEGER : Types.VARCHAR);
        } else if (column.type() == Column.Type.INTEGER) {
            st.setLong(index, ((Number) value).longValue());
        } else {
            st.setString(index, (String) value);
        }
    }

    static String columnList(Table table) {
        return table.columns().stream().map(Column::name).collect(Collectors.joining(", "));
    }

    static String keyList(Table table) {
        return String.join(", ", table.keyColumns());
    }

    private Statements statements(Table table) throws SQLException {
        Statements s = statements.get(table);
        if (s == null) {
            s = new Statements(connection, table);
            statements.put(table, s);
        }
        return s;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        SQLException failure = null;
        for (Statements s : statements.values()) {
            for (PreparedStatement st : List.of(s.selectByKey, s.insert, s.update)) {
                try {
                    st.close();
                } catch (SQLException e) {
                    failure = e;
                }
            }
        }
        if (failure != null) {
            throw new StoreException("cannot release statements", failure);
        }
    }

    /** The three statements an upsert needs, prepared once per table per transaction. */
    private static final class Statements {
        final PreparedStatement selectByKey;
        final PreparedStatement insert;
        final PreparedStatement update;

        Statements(Connection connection, Table table) throws SQLException {
            String where = table.keyColumns().stream().map(k -> k + " = ?").collect(Collectors.joining(" AND "));
            selectByKey = connection.prepareStatement("SELECT " + columnList(table) + " FROM " + table.sqlName()
                    + " WHERE " + where + " ORDER BY " + keyList(table));
            insert = connection.prepareStatement("INSERT INTO " + table.sqlName() + " (" + columnList(table)
                    + ") VALUES (" + table.columns().stream().map(c -> "?").collect(Collectors.joining(", ")) + ")");
            String set = table.columns().stream()
                    .filter(c -> !table.keyColumns().contains(c.name()))
                    .map(c -> c.name() + " = ?")
                    .collect(Collectors.joining(", "));
            update = connection.prepareStatement("UPDATE " + table.sqlName() + " SET " + set + " WHERE " + where);
        }
    }
}
