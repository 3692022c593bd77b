package qaf.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.app.ExitCode;
import qaf.store.Database;
import qaf.store.Dump;
import qaf.testing.CliRun;

class IngestCommandTest {
    @TempDir
    Path tmp;

    private static String dump(Path db) {
        try (Database d = Database.open(db)) {
            return Dump.allTables(d);
        }
    }

    @Test
    void errorsInSeveralFilesAreAllReportedAndNothingIsWritten() throws IOException {
        Path db = tmp.resolve("qaf.db");
        Path full = TestDatasets.copy("full", tmp.resolve("full"));
        CliRun first = CliRun.of("ingest", full.toString(), "--db", db.toString());
        assertEquals(ExitCode.OK, first.code(), first.err());
        assertTrue(first.out().contains("chronology.csv                     5         5         0         0"),
                first.out());
        String before = dump(db);
        byte[] bytesBefore = Files.readAllBytes(db);

        Path bad = TestDatasets.copy("several-errors", tmp.resolve("bad"));
        CliRun run = CliRun.of("ingest", bad.toString(), "--db", db.toString());

        assertEquals(ExitCode.INPUT_REJECTED, run.code());
        assertEquals("", run.out());
        assertEquals(List.of(
                "cases.csv:3:4: opened_on: month out of range 01-12 (US month/day order is not accepted) — write the"
                        + " date as yyyy-mm-dd or dd/mm/yyyy",
                "chronology.csv:3:2: agency_code: unknown agency_code 'CSX' — it is in neither agencies.csv nor the"
                        + " database; add it to agencies.csv or correct the ref",
                "chronology.csv:3:5: time: not a time in hh:mm form (24-hour clock) — write it as e.g. 09:30 or 17:05",
                "event_feedback.csv:3:1: event_ref: duplicate key (event_ref 'E-1', respondent_ref 'R-1'), first"
                        + " on line 2 — remove or merge one of the two rows",
                "s11_scores.csv:3:4: self_score: out of range — write a whole number from 0 to 3",
                "ingest rejected: 5 problems in 4 files; nothing was written"),
                run.err().lines().toList());
        assertEquals(before, dump(db));
        assertArrayEquals(bytesBefore, Files.readAllBytes(db));
    }

    @Test
    void ingestOfAMissingFolderIsAUsageError() {
        CliRun run = CliRun.of("ingest", tmp.resolve("nope").toString(), "--db", tmp.resolve("qaf.db").toString());
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().contains("is not a folder"));
    }

    @Test
    void initLoadsTheSampleDataAndSaysWhenItIsMissing() throws IOException {
        Path home = Files.createDirectories(tmp.resolve("checkout"));
        Path log = tmp.resolve("log.txt");
        assertEquals(ExitCode.USAGE, ChildJvm.run(home, log, "init"));
        assertTrue(Files.readString(log, StandardCharsets.UTF_8).contains("sample data folder"));
        assertTrue(!Files.exists(home.resolve("data/qaf.db")), "no database for nothing");

        TestDatasets.copy("full", home.resolve("sample-data"));
        assertEquals(ExitCode.OK, ChildJvm.run(home, log, "init"));
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(out.contains("chronology                       5"), out);
        assertTrue(out.contains("children                         3"), out);
        assertTrue(Ingest.databaseHasData(home.resolve("data/qaf.db")));
        // The driver deletes its extracted library at exit; the owner-only folder stays.
        assertEquals("rwx------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(home.resolve(".qaf/native"))));
    }
}
