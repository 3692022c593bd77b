package qaf.store;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads of the store as a whole rather than of a dataset's records: row counts, the digest of every
 * row, a PRAGMA. None goes through {@link Database#query}, so none is part of a read recording.
 */
final class StoreContents {
    private StoreContents() {
    }

    /** Row counts of every dataset table, in {@link Table} order. */
    static List<TableCount> rowCounts(Database db) {
        List<TableCount> counts = new ArrayList<>();
        for (Table table : Table.values()) {
            counts.add(new TableCount(table, count(db, table)));
        }
        return counts;
    }

    static long count(Database db, Table table) {
        try (PreparedStatement st = db.connection().prepareStatement("SELECT COUNT(*) FROM " + table.sqlName());
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count the rows of " + table.sqlName(), e);
        }
    }

    /**
     * Hex SHA-256 of every table's rows, in table-name and rowid order: see {@link Database#contentDigest},
     * computed from the data itself so that no write path can forget to change it.
     */
    static String digest(Database db) {
        Connection connection = db.connection();
        MessageDigest digest = Digests.sha256();
        try (PreparedStatement tables = connection.prepareStatement("SELECT name FROM sqlite_master"
                + " WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
                ResultSet names = tables.executeQuery()) {
            List<String> all = new ArrayList<>();
            while (names.next()) {
                all.add(names.getString(1));
            }
            for (String table : all) {
                Digests.field(digest, "table " + table);
                try (PreparedStatement rows = connection.prepareStatement(
                        "SELECT * FROM \"" + table.replace("\"", "\"\"") + "\" ORDER BY rowid");
                        ResultSet rs = rows.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        digest.update((byte) 'R');
                        for (int c = 1; c <= columns; c++) {
                            Digests.field(digest, rs.getString(c));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the database to digest it", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** See {@link Database#pragma}. */
    static String pragma(Database db, String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a pragma name: " + name);
        }
        try (PreparedStatement st = db.connection().prepareStatement("PRAGMA " + name);
                ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getString(1) : "";
        } catch (SQLException e) {
            throw new StoreException("cannot read PRAGMA " + name, e);
        }
    }
}
