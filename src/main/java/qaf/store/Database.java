package qaf.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.MessageDigest;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite store: one file, migrated to the current schema when opened, one connection. Every
 * connection enforces foreign keys and runs in WAL mode with {@code synchronous=FULL}, so a
 * committed transaction survives a crash and an interrupted one leaves no trace.
 *
 * <p>All SQL lives in this package; other packages go through {@link #transaction} and the
 * query classes here.
 */
public final class Database implements AutoCloseable {
    private final Path file;
    private final Connection connection;
    /** The read recording in progress, or null: see {@link #recordReads()}. */
    private Reads reads;
    /** The read snapshot in progress, or null: see {@link #readSnapshot()}. */
    private Snapshot snapshot;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Page cache per connection. SQLite's default (2 MiB) makes a large ingest spill dirty pages to
     * the WAL long before commit and runs it 2-3 times slower; 32 MiB of native memory holds a
     * 100,000-entry chronology's transaction.
     */
    static final int DEFAULT_CACHE_KIB = 32 * 1024;

    /**
     * Opens (creating the file and its folders if needed) and migrates the database.
     *
     * @param nativeLibraries the owner-only folder the SQLite driver extracts its native library into
     *     (never the shared temp folder); only the first database a JVM opens decides it
     */
    public static Database open(Path file, Path nativeLibraries) {
        return open(file, nativeLibraries, DEFAULT_CACHE_KIB);
    }

    /**
     * As {@link #open(Path, Path)} with the native library in an owner-only folder beside the
     * database file ({@code .qaf-native}): for tests and tools that have no application folder.
     */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return open(absolute, absolute.getParent().resolve(".qaf-native"), DEFAULT_CACHE_KIB);
    }

    /** As {@link #open(Path, Path)} with a given page cache; tests use a small one to force early spills. */
    static Database open(Path file, Path nativeLibraries, int cacheKib) {
        Path absolute = file.toAbsolutePath().normalize();
        NativeLibraryDirectory.prepare(nativeLibraries);
        try {
            Files.createDirectories(absolute.getParent());
            createOwnerOnly(absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for the database " + absolute, e);
        }
        SQLiteDataSource dataSource = dataSource(absolute, cacheKib);
        try {
            Connection connection = dataSource.getConnection();
            try {
                if (!current(connection)) {
                    migrate(dataSource);
                }
                return new Database(absolute, connection);
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open the database " + absolute, e);
        }
    }

    /**
     * Whether a database file exists and holds at least one agency (so a dataset was ingested).
     * Does not create the file when it is missing.
     */
    public static boolean hasData(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return hasData(absolute, absolute.getParent().resolve(".qaf-native"));
    }

    /** As {@link #hasData(Path)}, the native library in the given owner-only folder. */
    public static boolean hasData(Path file, Path nativeLibraries) {
        Optional<Database> db = openWithData(file, nativeLibraries);
        db.ifPresent(Database::close);
        return db.isPresent();
    }

    /**
     * The database opened, when the file exists and holds at least one agency; empty (and no file
     * created) otherwise. A build opens its database once this way rather than asking
     * {@link #hasData} and opening again.
     */
    public static Optional<Database> openWithData(Path file, Path nativeLibraries) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Database db = open(file, nativeLibraries);
        try {
            if (db.count(Table.AGENCIES) > 0) {
                return Optional.of(db);
            }
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        db.close();
        return Optional.empty();
    }

    /**
     * The database holds children's names and dates of birth, so a new file is readable by its
     * owner only; SQLite gives its -wal and -shm files the same permissions.
     */
    private static void createOwnerOnly(Path file) throws IOException {
        if (Files.exists(file) || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }

    private static SQLiteDataSource dataSource(Path file, int cacheKib) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        config.setCacheSize(-cacheKib); // negative: in KiB rather than pages
        // Take the write lock when a transaction begins: an ingest reads, validates, then writes.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        return dataSource;
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
    private static boolean current(Connection connection) {
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

    private static void migrate(SQLiteDataSource dataSource) {
        Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    /**
     * The database file's size and modification time, when the file alone holds every committed
     * change: its write-ahead log is absent or empty (SQLite folds the log into the file when the last
     * connection closes, so after an ingest it is). Empty while committed changes still sit in the
     * log, whose file is recreated by every opening and so says nothing by its time. A build uses it to
     * remember {@link #contentDigest} between nights without reading every row again.
     */
    public Optional<FileStamp> fileStamp() {
        try {
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            if (Files.exists(wal) && Files.size(wal) > 0) {
                return Optional.empty();
            }
            return Optional.of(new FileStamp(Files.size(file),
                    Files.getLastModifiedTime(file).to(java.util.concurrent.TimeUnit.NANOSECONDS)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** See {@link #fileStamp}. */
    public record FileStamp(long size, long modifiedNanos) {
        @Override
        public String toString() {
            return size + " " + modifiedNanos;
        }
    }

    public Path file() {
        return file;
    }

    /** The single connection; only this package issues SQL. */
    Connection connection() {
        return connection;
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws
     * (the exception is rethrown unchanged).
     */
    public <T> T transaction(Function<StoreTransaction, T> work) {
        if (snapshot != null) {
            throw new IllegalStateException("a write transaction cannot begin inside a build's read snapshot");
        }
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
            end(committed);
        }
    }

    private void end(boolean committed) {
        try {
            if (!committed) {
                connection.rollback();
            }
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new StoreException("cannot end the transaction", e);
        }
    }

    /** Maps the current row of a result set; must not move the cursor. */
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /**
     * Runs a read query for this package's query classes. Output must be deterministic, so the SQL
     * must order its rows (on a unique key: the caller's duty, as SQL cannot be checked for that).
     *
     * @param params bound in order: String, Long/Integer, or null
     */
    <T> List<T> query(String sql, List<?> params, RowMapper<T> mapper) {
        if (!sql.toUpperCase(Locale.ROOT).contains("ORDER BY")) {
            throw new IllegalArgumentException("a query without ORDER BY has no defined row order: " + sql);
        }
        try (PreparedStatement st = connection.prepareStatement(sql)) {
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
            noteQuery(sql, params);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    noteRow(rs);
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("a read query failed", e);
        }
    }

    /**
     * Starts recording every query this connection runs and every row it returns, until the returned
     * scope is closed. The build composes one document inside one scope, so the digest is exactly the
     * rows that document read: its input fingerprint. Recording needs every read of the query classes
     * to pass {@link #noteQuery} and {@link #noteRow}; {@link #query} does.
     */
    public Reads recordReads() {
        if (reads != null) {
            throw new IllegalStateException("reads are already being recorded");
        }
        reads = new Reads();
        return reads;
    }

    /**
     * Runs {@code work} with the read recording (if any) paused: reads that are the build's own
     * bookkeeping, such as where a hit was typed, not the input of the document being composed.
     */
    public <T> T unrecorded(java.util.function.Supplier<T> work) {
        Reads paused = reads;
        reads = null;
        try {
            return work.get();
        } finally {
            reads = paused;
        }
    }

    /** What a recording scope read, as a SHA-256; closing it ends the recording. */
    public final class Reads implements AutoCloseable {
        private final MessageDigest digest = Digests.sha256();
        private int columns = -1;

        private Reads() {
        }

        /** The digest of the queries and rows read so far (hex). */
        public String fingerprint() {
            try {
                return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
            }
        }

        @Override
        public void close() {
            if (reads == this) {
                reads = null;
            }
        }

        private void query(String sql, List<?> params) {
            columns = -1;
            Digests.field(digest, sql);
            for (Object p : params) {
                Digests.field(digest, p == null ? null : p.toString());
            }
        }

        private void row(ResultSet rs) throws SQLException {
            if (columns < 0) {
                columns = rs.getMetaData().getColumnCount();
            }
            digest.update((byte) 'R');
            for (int i = 1; i <= columns; i++) {
                Digests.field(digest, rs.getString(i));
            }
        }
    }

    /** Records a query about to run (its text and parameters) when reads are being recorded. */
    void noteQuery(String sql, List<?> params) {
        if (reads != null) {
            reads.query(sql, params);
        }
    }

    /** Records the current row of the last noted query when reads are being recorded. */
    void noteRow(ResultSet rs) throws SQLException {
        if (reads != null) {
            reads.row(rs);
        }
    }

    /**
     * Starts one read transaction that every query on this connection reads through until the
     * returned scope is closed: one consistent state of the database, whatever another connection
     * (an ingest) commits meanwhile. In WAL mode a reader never blocks the writer, and the writer's
     * commit is simply not seen. The snapshot is taken now (a deferred transaction takes it at its
     * first read), not at the build's first query. No write may begin inside it.
     */
    public Snapshot readSnapshot() {
        if (snapshot != null) {
            throw new IllegalStateException("a read snapshot is already open");
        }
        try (java.sql.Statement st = connection.createStatement()) {
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
        snapshot = new Snapshot();
        return snapshot;
    }

    /** An open read snapshot; closing it ends the read transaction (nothing was written to commit). */
    public final class Snapshot implements AutoCloseable {
        private Snapshot() {
        }

        @Override
        public void close() {
            if (snapshot != this) {
                return;
            }
            snapshot = null;
            try (java.sql.Statement st = connection.createStatement()) {
                st.execute("ROLLBACK");
            } catch (SQLException e) {
                throw new StoreException("cannot end the build's read snapshot", e);
            }
        }
    }

    /** Row counts of every dataset table, in {@link Table} order. */
    public List<TableCount> rowCounts() {
        List<TableCount> counts = new ArrayList<>();
        for (Table table : Table.values()) {
            counts.add(new TableCount(table, count(table)));
        }
        return counts;
    }

    long count(Table table) {
        try (PreparedStatement st = connection.prepareStatement("SELECT COUNT(*) FROM " + table.sqlName());
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count the rows of " + table.sqlName(), e);
        }
    }

    /**
     * A digest (hex) of every row of every table, in table-name and rowid order: equal digests mean equal
     * data. The nightly no-op compares it with the one its last build recorded instead of composing every
     * document again; computed from the data itself, no write path can forget to bump it.
     */
    public String contentDigest() {
        java.security.MessageDigest digest = Digests.sha256();
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
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    /** The value of a PRAGMA on this connection, e.g. {@code journal_mode}; for checks and tests. */
    public String pragma(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a pragma name: " + name);
        }
        try (PreparedStatement st = connection.prepareStatement("PRAGMA " + name);
                ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getString(1) : "";
        } catch (SQLException e) {
            throw new StoreException("cannot read PRAGMA " + name, e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the database " + file, e);
        }
    }
}
