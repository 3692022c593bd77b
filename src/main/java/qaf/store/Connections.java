package qaf.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * How a database file becomes the one open, migrated connection a {@link Database} holds: the file
 * created owner-only, the connection's settings (foreign keys, WAL, {@code synchronous=FULL}), and
 * the schema brought up to date.
 */
final class Connections {
    private Connections() {
    }

    /** Opens {@code absolute} (creating it and its folders if needed) and migrates it; see {@link Database#open}. */
    static Connection open(Path absolute, Path nativeLibraries, int cacheKib) {
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
                if (!Schema.current(connection)) {
                    Schema.migrate(dataSource);
                }
                return connection;
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open the database " + absolute, e);
        }
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
}
