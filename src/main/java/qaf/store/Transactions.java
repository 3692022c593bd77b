package qaf.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;

/**
 * The transactions {@link Database} begins and ends on its connection: a write transaction
 * (committed when its work returns, rolled back when it throws, the connection back in auto-commit
 * either way; see {@link Database#transaction}), and the read transaction of a build's snapshot
 * (see {@link Database#readSnapshot}).
 */
final class Transactions {
    private Transactions() {
    }

    static <T> T run(Connection connection, Function<StoreTransaction, T> work) {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException("cannot begin a transaction", e);
        }
        boolean committed = false;
        try {
            T result;
            try (StoreTransaction tx = new StoreTransaction(connection)) {
                result = work.apply(tx);
            }
            connection.commit();
            committed = true;
            return result;
        } catch (SQLException e) {
            throw new StoreException("the database transaction failed", e);
        } finally {
            // Also after a failed COMMIT (a deferred foreign key), which leaves the transaction open.
            end(connection, committed);
        }
    }

    private static void end(Connection connection, boolean committed) {
        try {
            if (!committed) {
                connection.rollback();
            }
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new StoreException("cannot end the transaction", e);
        }
    }

    /** Begins the snapshot's read transaction and takes the snapshot now, by a first read. */
    static void beginReadSnapshot(Connection connection) {
        try (Statement st = connection.createStatement()) {
            st.execute("BEGIN DEFERRED");
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM sqlite_schema")) {
                rs.next();
            } catch (SQLException e) {
                st.execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot begin the build's read snapshot", e);
        }
    }

    /** Ends the snapshot's read transaction: nothing was written, so there is nothing to commit. */
    static void endReadSnapshot(Connection connection) {
        try (Statement st = connection.createStatement()) {
            st.execute("ROLLBACK");
        } catch (SQLException e) {
            throw new StoreException("cannot end the build's read snapshot", e);
        }
    }
}
