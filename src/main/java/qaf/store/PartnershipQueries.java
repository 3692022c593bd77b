package qaf.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import qaf.calendar.ReportingYear;

/** The partnership itself and facts about the whole database. */
public final class PartnershipQueries {
    /** Every table, in a fixed order, for the input fingerprint. */
    static final List<String> TABLES = List.of(
            "partnership", "agencies", "children", "cases", "evaluations", "evaluation_cases",
            "agency_evaluations", "chronology", "actions", "close_the_loop", "reviews", "s11_returns",
            "s11_scores", "school_audits", "single_agency_audits", "briefings", "briefing_sections",
            "briefing_uses", "learning_events", "attendance", "event_feedback");

    private PartnershipQueries() {
    }

    public record Partnership(String name, String shortName, String area, String bankHolidays, int yearStartMonth) {
    }

    public static Partnership partnership(Database db) {
        String sql = "SELECT name, short_name, area, bank_holidays, year_start_month FROM partnership WHERE id = 1";
        try (PreparedStatement st = db.connection().prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            db.noteQuery(sql, List.of());
            if (!rs.next()) {
                throw new StoreException("the database has no partnership: ingest a dataset with partnership.csv"
                        + " (or run 'qaf init' for the sample)", null);
            }
            db.noteRow(rs);
            return new Partnership(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5));
        } catch (SQLException e) {
            throw new StoreException("cannot read the partnership", e);
        }
    }

    /**
     * The partnership's code (partnership.csv's optional {@code code}, stored upper-case), which
     * names its database in a region store; empty when the database has no partnership or the
     * dataset gave no code.
     */
    public static Optional<String> code(Database db) {
        String sql = "SELECT code FROM partnership WHERE id = 1";
        try (PreparedStatement st = db.connection().prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("cannot read the partnership's code", e);
        }
    }

    /**
     * The latest reporting year with framework activity: evaluation panels, reviews becoming known,
     * audits submitted, events held.
     */
    public static ReportingYear latestYear(Database db, int yearStartMonth) {
        String sql = "SELECT MAX(d) FROM ("
                + " SELECT panel_on AS d FROM evaluations"
                + " UNION ALL SELECT aware_on FROM reviews"
                + " UNION ALL SELECT held_on FROM learning_events"
                + " UNION ALL SELECT due_on FROM s11_returns"
                + " UNION ALL SELECT published_on FROM briefings WHERE published_on IS NOT NULL"
                + ") dates";
        try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            // Composers read it too (a briefing draft falls in the latest year): recorded like any read.
            db.noteQuery(sql, List.of());
            boolean any = rs.next();
            if (any) {
                db.noteRow(rs);
            }
            String max = any ? rs.getString(1) : null;
            if (max == null) {
                throw new StoreException("the database holds no dated activity (evaluations, reviews, audits or"
                        + " events), so there is no reporting year to build; ingest a dataset or pass --year", null);
            }
            return ReportingYear.containing(LocalDate.parse(max), yearStartMonth);
        } catch (SQLException e) {
            throw new StoreException("cannot find the latest reporting year", e);
        }
    }

    /** SHA-256 over every row of every table in key order: equal databases give equal fingerprints. */
    public static String fingerprint(Database db) {
        MessageDigest digest = Digests.sha256();
        Connection c = db.connection();
        for (String table : TABLES) {
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT * FROM " + table + orderByAllColumns(c, table))) {
                ResultSetMetaData meta = rs.getMetaData();
                digest.update(("\u0001" + table).getBytes(StandardCharsets.UTF_8));
                while (rs.next()) {
                    digest.update((byte) 2);
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        String v = rs.getString(i);
                        digest.update(v == null ? new byte[] {3} : ("\u0004" + v).getBytes(StandardCharsets.UTF_8));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read table " + table + " for the input fingerprint", e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String orderByAllColumns(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            int n = rs.getMetaData().getColumnCount();
            StringBuilder order = new StringBuilder(" ORDER BY ");
            for (int i = 1; i <= n; i++) {
                order.append(i == 1 ? "" : ", ").append(i);
            }
            return order.toString();
        }
    }

}
