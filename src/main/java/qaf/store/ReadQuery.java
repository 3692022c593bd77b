package qaf.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How {@link Database#query} runs a read: the SQL checked for an ORDER BY, its parameters bound,
 * and the query and every row it returns noted to the read recording before they are mapped.
 */
final class ReadQuery {
    private ReadQuery() {
    }

    /** Maps the current row of a result set; must not move the cursor. */
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** See {@link Database#query}. */
    static <T> List<T> run(Database db, String sql, List<?> params, RowMapper<T> mapper) {
        if (!sql.toUpperCase(Locale.ROOT).contains("ORDER BY")) {
            throw new IllegalArgumentException("a query without ORDER BY has no defined row order: " + sql);
        }
        try (PreparedStatement st = db.connection().prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p == null) {
                    st.setNull(i + 1, Types.NULL);
                } else if (p instanceof Number n) {
                    st.setLong(i + 1, n.longValue());
                } else {
                    st.setString(i + 1, p.toString());
                }
            }
            List<T> rows = new ArrayList<>();
            db.noteQuery(sql, params);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    db.noteRow(rs);
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("a read query failed", e);
        }
    }
}
