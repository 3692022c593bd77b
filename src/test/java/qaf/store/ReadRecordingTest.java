package qaf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read recording behind incremental builds: it must see every row a scope reads, and only those. */
class ReadRecordingTest {
    private static final String AGENCY = "SELECT code, name FROM agencies WHERE code = ? ORDER BY code";

    @TempDir
    Path tmp;

    private static void agency(Database db, String code, String name) {
        db.transaction(tx -> tx.upsert(Table.AGENCIES, Arrays.asList(code, name, "police", null, null)));
    }

    private static String read(Database db, String code) {
        try (Database.Reads reads = db.recordReads()) {
            db.query(AGENCY, List.of(code), rs -> rs.getString(2));
            return reads.fingerprint();
        }
    }

    @Test
    void aChangedRowReadChangesTheFingerprintAndARowNotReadDoesNot() {
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            agency(db, "KVP", "Kestrel Vale Police");
            agency(db, "CSC", "Children's Social Care");
            String before = read(db, "KVP");
            assertEquals(before, read(db, "KVP"), "the same rows give the same fingerprint");

            agency(db, "CSC", "Children's Services");
            assertEquals(before, read(db, "KVP"), "a row the scope did not read");

            agency(db, "KVP", "Kestrel Vale Constabulary");
            assertNotEquals(before, read(db, "KVP"), "a row the scope read");
        }
    }

    @Test
    void theQueryAndItsParametersCountEvenWhenNoRowComesBack() {
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            // Both read nothing; once a matching row exists either could change, so they must differ.
            assertNotEquals(read(db, "KVP"), read(db, "CSC"));
        }
    }

    @Test
    void theLatestYearIsARecordedRead() {
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            agency(db, "KVP", "Kestrel Vale Police");
            db.transaction(tx -> tx.upsert(Table.LEARNING_EVENTS, java.util.Arrays.asList(
                    "LE1", "course", "Neglect", null, "2018-06-01", null)));
            String before = latestYear(db);
            db.transaction(tx -> tx.upsert(Table.LEARNING_EVENTS, java.util.Arrays.asList(
                    "LE2", "course", "Exploitation", null, "2019-06-01", null)));
            assertNotEquals(before, latestYear(db), "a briefing draft's year follows the latest year");
        }
    }

    private static String latestYear(Database db) {
        try (Database.Reads reads = db.recordReads()) {
            PartnershipQueries.latestYear(db, 4);
            return reads.fingerprint();
        }
    }

    @Test
    void recordingsDoNotNestAndEndWhenClosed() {
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            agency(db, "KVP", "Kestrel Vale Police");
            try (Database.Reads outer = db.recordReads()) {
                assertThrows(IllegalStateException.class, db::recordReads);
                String empty = outer.fingerprint();
                db.query(AGENCY, List.of("KVP"), rs -> rs.getString(2));
                assertNotEquals(empty, outer.fingerprint());
            }
            Database.Reads closed;
            try (Database.Reads reads = db.recordReads()) {
                closed = reads;
            }
            String after = closed.fingerprint();
            db.query(AGENCY, List.of("KVP"), rs -> rs.getString(2));
            assertEquals(after, closed.fingerprint(), "a closed recording sees nothing more");
        }
    }
}
