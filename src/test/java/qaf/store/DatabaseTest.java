package qaf.store;

import qaf.testing.ChildJvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path tmp;

    @Test
    void everyConnectionEnforcesForeignKeysWalAndFullSync() {
        try (Database db = Database.open(tmp.resolve("a/b/qaf.db"))) {
            assertEquals("1", db.pragma("foreign_keys"));
            assertEquals("wal", db.pragma("journal_mode"));
            assertEquals("2", db.pragma("synchronous"), "2 = FULL");
        }
        // Reopening (a new connection to an existing file) sets them again.
        try (Database db = Database.open(tmp.resolve("a/b/qaf.db"))) {
            assertEquals("1", db.pragma("foreign_keys"));
            assertEquals("2", db.pragma("synchronous"));
        }
    }

    @Test
    void aNewDatabaseAndItsWalAreReadableByTheOwnerOnly() throws Exception {
        Path file = tmp.resolve("private/qaf.db");
        try (Database db = Database.open(file)) {
            db.transaction(tx -> tx.upsert(Table.AGENCIES, Arrays.asList("GMP", "Police", "police", null, null)));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            Path wal = tmp.resolve("private/qaf.db-wal");
            assertTrue(Files.exists(wal));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(wal)));
        }
    }

    @Test
    void nativeLibraryIsExtractedToTheOwnerOnlyFolderItIsGiven() throws Exception {
        // The first database a JVM opens decides the folder (the driver loads its library once), so this
        // runs in a JVM of its own.
        Path folder = tmp.resolve("native");
        Process child = ChildJvm.start(OpenDatabase.class, tmp, tmp.resolve("stderr.log"),
                tmp.resolve("qaf.db").toString(), folder.toString());
        assertEquals(0, child.waitFor(), () -> read(tmp.resolve("stderr.log")));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    /**
     * Opens a database with a given native-library folder and checks, while it is open, that the driver
     * extracted its library there (it deletes the file when the JVM exits).
     */
    public static final class OpenDatabase {
        public static void main(String[] args) throws java.io.IOException {
            try (Database db = Database.open(Path.of(args[0]), Path.of(args[1]));
                    var files = Files.list(Path.of(args[1]))) {
                if (files.noneMatch(f -> f.getFileName().toString().contains("sqlitejdbc"))) {
                    System.err.println("no sqlitejdbc library in " + args[1]);
                    System.exit(2);
                }
            }
        }
    }

    @Test
    void tableMetadataMatchesTheMigratedSchema() throws SQLException {
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            for (Table table : Table.values()) {
                List<String> columns = new ArrayList<>();
                List<String> key = new ArrayList<>(Arrays.asList(new String[table.keyColumns().size()]));
                try (PreparedStatement st = db.connection().prepareStatement(
                        "SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid");) {
                    st.setString(1, table.sqlName());
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            columns.add(rs.getString(1) + " " + rs.getString(2));
                            if (rs.getInt(3) > 0) {
                                key.set(rs.getInt(3) - 1, rs.getString(1));
                            }
                        }
                    }
                }
                assertEquals(table.columns().stream().map(c -> c.name() + " " + c.type()).toList(), columns,
                        table.sqlName());
                assertEquals(table.keyColumns(), key, table.sqlName() + " key");
            }
        }
    }

    @Test
    void checkConstraintsRejectValuesOutsideTheContract() {
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            assertThrows(StoreException.class, () -> db.transaction(tx -> tx.upsert(Table.AGENCIES,
                    Arrays.asList("GMP", "Police", "army", null, null))));
            assertEquals(0, StoreContents.count(db, Table.AGENCIES), "rolled back");
            assertThrows(StoreException.class, () -> db.transaction(tx -> {
                tx.upsert(Table.AGENCIES, Arrays.asList("SCH", "School", "education", null, null));
                return tx.upsert(Table.SCHOOL_AUDITS, Arrays.asList("2018", "SCH", 15L, "red", null, null, 0L));
            }));
            assertEquals(0, StoreContents.count(db, Table.AGENCIES), "the whole transaction rolled back");
        }
    }

    @Test
    void aPartnershipCodeIsStoredUpperCaseOnly() {
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            assertThrows(StoreException.class, () -> db.transaction(tx -> tx.upsert(Table.PARTNERSHIP,
                    Arrays.asList(1L, "Area SCP", "ASCP", "Area", "england-and-wales", 4L, "kv"))));
            db.transaction(tx -> tx.upsert(Table.PARTNERSHIP,
                    Arrays.asList(1L, "Area SCP", "ASCP", "Area", "england-and-wales", 4L, "KV")));
            assertEquals(java.util.Optional.of("KV"), PartnershipQueries.code(db));
        }
    }

    @Test
    void foreignKeysAreEnforcedAtCommit() {
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            assertThrows(StoreException.class, () -> db.transaction(tx -> tx.upsert(Table.AGENCIES,
                    Arrays.asList("HV", "Health visiting", "health", "CCG", null))));
            assertEquals(0, StoreContents.count(db, Table.AGENCIES));
            // Deferred: the parent may come later in the same transaction.
            db.transaction(tx -> {
                tx.upsert(Table.AGENCIES, Arrays.asList("HV", "Health visiting", "health", "CCG", null));
                return tx.upsert(Table.AGENCIES, Arrays.asList("CCG", "Clinical group", "health", null, null));
            });
            assertEquals(2, StoreContents.count(db, Table.AGENCIES));
        }
    }

    @Test
    void upsertReportsInsertedUpdatedUnchanged() {
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            List<Object> row = Arrays.asList("GMP", "Police", "police", null, null);
            assertEquals(UpsertOutcome.INSERTED, db.transaction(tx -> tx.upsert(Table.AGENCIES, row)));
            assertEquals(UpsertOutcome.UNCHANGED, db.transaction(tx -> tx.upsert(Table.AGENCIES, row)));
            assertEquals(UpsertOutcome.UPDATED, db.transaction(tx -> tx.upsert(Table.AGENCIES,
                    Arrays.asList("GMP", "Police", "police", null, "Inspector Zoë Ng"))));
            assertTrue(Dump.allTables(db).contains("'GMP' | 'Police' | 'police' | NULL | 'Inspector Zoë Ng'"));
        }
    }

    @Test
    void readQueriesMustOrderTheirRows() {
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            db.transaction(tx -> {
                tx.upsert(Table.AGENCIES, Arrays.asList("SCH", "School", "education", null, null));
                return tx.upsert(Table.AGENCIES, Arrays.asList("CSC", "Care", "social-care", null, null));
            });
            assertThrows(IllegalArgumentException.class,
                    () -> db.query("SELECT code FROM agencies", List.of(), rs -> rs.getString(1)));
            assertEquals(List.of("CSC", "SCH"),
                    db.query("SELECT code FROM agencies WHERE sector <> ? ORDER BY code", List.of("police"),
                            rs -> rs.getString(1)));
        }
    }

    @Test
    void hasDataIsFalseForAMissingFileAndDoesNotCreateIt() {
        Path file = tmp.resolve("none/qaf.db");
        assertFalse(Database.hasData(file));
        assertFalse(Files.exists(file));
        try (Database db = Database.open(file)) {
            assertEquals(0, StoreContents.count(db, Table.AGENCIES));
        }
        assertFalse(Database.hasData(file));
        try (Database db = Database.open(file)) {
            db.transaction(tx -> tx.upsert(Table.AGENCIES, Arrays.asList("GMP", "Police", "police", null, null)));
        }
        assertTrue(Database.hasData(file));
    }

    @Test
    void theSchemaVersionOpeningTrustsIsTheLastMigrationShipped() throws Exception {
        Path folder = Path.of(Database.class.getResource("/db/migration").toURI());
        int last;
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            last = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        assertEquals(Integer.toString(last), Schema.SCHEMA_VERSION,
                "a new migration needs Schema.SCHEMA_VERSION raised, or opening would skip it");
    }

    @Test
    void aDatabaseAtAnOlderSchemaIsMigratedWhenOpened() throws SQLException {
        Path file = tmp.resolve("old/qaf.db");
        try (Database db = Database.open(file)) {
            assertEquals(Schema.SCHEMA_VERSION, history(db), "a new file is migrated to the end");
        }
        Path older = tmp.resolve("older/qaf.db");
        org.sqlite.SQLiteDataSource source = new org.sqlite.SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + older.toAbsolutePath());
        older.getParent().toFile().mkdirs();
        org.flywaydb.core.Flyway.configure(Database.class.getClassLoader()).dataSource(source)
                .locations("classpath:db/migration").target("2").load().migrate();
        try (Database db = Database.open(older)) {
            assertEquals(Schema.SCHEMA_VERSION, history(db), "a file at version 2 is taken to the end, not trusted");
        }
    }

    private static String history(Database db) throws SQLException {
        try (PreparedStatement st = db.connection().prepareStatement(
                "SELECT max(CAST(version AS INTEGER)) || '' FROM flyway_schema_history WHERE success = 1");
                ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
