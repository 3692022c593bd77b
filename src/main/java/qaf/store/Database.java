package qaf.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The SQLite store: one file, migrated to the current schema when opened, one connection. Every
 * connection enforces foreign keys and runs in WAL mode with {@code synchronous=FULL}, so a
 * committed transaction survives a crash and an interrupted one leaves no trace.
 *
 * <p>All SQL lives in this package; other packages go through {@link #transaction} and the
 * query classes here. This class holds the connection and its scopes (transaction, read recording,
 * read snapshot); how it is opened is {@link Connections} and {@link Schema}, how a read runs
 * {@link ReadQuery}, and the whole-store reads {@link StoreContents}.
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
        return new Database(absolute, Connections.open(absolute, nativeLibraries, cacheKib));
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
            if (StoreContents.count(db, Table.AGENCIES) > 0) {
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
        return Transactions.run(connection, work);
    }

    /**
     * Runs a read query for this package's query classes. Output must be deterministic, so the SQL
     * must order its rows (on a unique key: the caller's duty, as SQL cannot be checked for that).
     *
     * @param params bound in order: String, Long/Integer, or null
     */
    <T> List<T> query(String sql, List<?> params, ReadQuery.RowMapper<T> mapper) {
        return ReadQuery.run(this, sql, params, mapper);
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
        private final ReadDigest digest = new ReadDigest();

        private Reads() {
        }

        /** The digest of the queries and rows read so far (hex). */
        public String fingerprint() {
            return digest.fingerprint();
        }

        @Override
        public void close() {
            if (reads == this) {
                reads = null;
            }
        }
    }

    /** Records a query about to run (its text and parameters) when reads are being recorded. */
    void noteQuery(String sql, List<?> params) {
        if (reads != null) {
            reads.digest.query(sql, params);
        }
    }

    /** Records the current row of the last noted query when reads are being recorded. */
    void noteRow(ResultSet rs) throws SQLException {
        if (reads != null) {
            reads.digest.row(rs);
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
        Transactions.beginReadSnapshot(connection);
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
            Transactions.endReadSnapshot(connection);
        }
    }

    /** Row counts of every dataset table, in {@link Table} order. */
    public List<TableCount> rowCounts() {
        return StoreContents.rowCounts(this);
    }

    /**
     * A digest (hex) of every row of every table, in table-name and rowid order: equal digests mean equal
     * data. The nightly no-op compares it with the one its last build recorded instead of composing every
     * document again; computed from the data itself, no write path can forget to bump it.
     */
    public String contentDigest() {
        return StoreContents.digest(this);
    }

    /** The value of a PRAGMA on this connection, e.g. {@code journal_mode}; for checks and tests. */
    public String pragma(String name) {
        return StoreContents.pragma(this, name);
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
