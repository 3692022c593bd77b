package qaf.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteDataSource;

/**
 * The database's schema version and how a file is brought to it: Flyway runs only when the file's
 * migration history leaves any doubt that it is already current.
 */
final class Schema {
    private Schema() {
    }

    /**
     * The schema version the migrations in {@code db/migration} end at ({@code V<n>__….sql}); a test
     * checks it against the folder, so a new migration cannot be forgotten here.
     */
    static final String SCHEMA_VERSION = "3";

    /**
     * Whether Flyway's history says every migration up to {@link #SCHEMA_VERSION} was applied, and
     * nothing newer or failed: then opening needs no Flyway at all. Starting Flyway (its class scan
     * and the validation of every applied script) was a fifth of the nightly no-op build; the scripts
     * ship inside qaf's own jar, so an applied one cannot change under a released version. Any doubt
     * (no history, a failed or newer row, an unreadable table) runs Flyway as before.
     */
    static boolean current(Connection connection) {
        try (PreparedStatement st = connection.prepareStatement("SELECT count(*), sum(success = 0),"
                + " sum(CAST(version AS INTEGER) > CAST(? AS INTEGER)), max(CAST(version AS INTEGER)) = CAST(? AS INTEGER)"
                + " FROM flyway_schema_history WHERE version IS NOT NULL")) {
            st.setString(1, SCHEMA_VERSION);
            st.setString(2, SCHEMA_VERSION);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && rs.getInt(1) == Integer.parseInt(SCHEMA_VERSION) && rs.getInt(2) == 0
                        && rs.getInt(3) == 0 && rs.getInt(4) == 1;
            }
        } catch (SQLException e) {
            return false;
        }
    }

    static void migrate(SQLiteDataSource dataSource) {
        Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
