package qaf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.store.Database;
import qaf.store.Dump;

/**
 * An ingest killed with SIGKILL at random moments leaves the old or the new content, never a
 * mixture, and never a damaged file: the guarantee of one SQLite transaction in WAL mode with
 * synchronous=FULL, checked here end to end through the real command in a child JVM.
 */
class IngestCrashTest {
    private static final int ITERATIONS = 24;

    @TempDir
    Path tmp;

    @Test
    void killedIngestLeavesOldOrNewContentNeverAMixture() throws IOException, InterruptedException {
        Path oldData = tmp.resolve("old");
        Path newData = tmp.resolve("new");
        SyntheticChronology.write(oldData, 20_000, 7, 0);
        SyntheticChronology.write(newData, 20_000, 7, 1);
        Path template = tmp.resolve("template.db");
        String oldDump;
        try (Database db = Database.open(template)) {
            Ingest.ingest(oldData, db);
            oldDump = Dump.allTables(db);
        }
        Path expected = tmp.resolve("expected.db");
        Files.copy(template, expected);
        String newDump;
        try (Database db = Database.open(expected)) {
            IngestResult result = Ingest.ingest(newData, db);
            assertTrue(result.updated() > 5_000 && result.inserted() > 1_000, "the new dataset changes much");
            newDump = Dump.allTables(db);
        }

        Path work = tmp.resolve("work.db");
        Path log = tmp.resolve("child.log");
        // Calibrate: how long an uninterrupted ingest takes on this machine, start to exit.
        reset(template, work);
        long start = System.nanoTime();
        assertEquals(0, ChildJvm.run(tmp, log, "ingest", newData.toString(), "--db", work.toString()),
                Files.readString(log));
        long fullRunMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(newDump, dump(work));

        SplittableRandom random = new SplittableRandom(2026);
        int old = 0;
        int updated = 0;
        int killedWhileWriting = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            reset(template, work);
            // The first third is JVM start-up and parsing, when a kill proves little.
            long delay = fullRunMillis / 3 + random.nextLong(fullRunMillis * 9 / 10 + 1);
            Process child = ChildJvm.qaf(tmp, log, "ingest", newData.toString(), "--db", work.toString()).start();
            boolean exited = child.waitFor(delay, TimeUnit.MILLISECONDS);
            Path wal = work.resolveSibling(work.getFileName() + "-wal");
            long walBytes = Files.exists(wal) ? Files.size(wal) : 0;
            child.destroyForcibly();
            child.waitFor();

            try (Database db = Database.open(work)) {
                assertEquals("ok", db.pragma("integrity_check"), "iteration " + i);
                String dump = Dump.allTables(db);
                if (dump.equals(oldDump)) {
                    old++;
                    if (!exited && walBytes > 0) {
                        killedWhileWriting++;
                    }
                } else {
                    assertEquals(newDump, dump, "iteration " + i + " (kill after " + delay + " ms) left a mixture");
                    updated++;
                }
            }
        }
        System.out.printf("crash test: full run %d ms; %d kills left the old content (%d while writing), %d the new%n",
                fullRunMillis, old, killedWhileWriting, updated);
        assertTrue(killedWhileWriting > 0, "some kills must land while the transaction is writing");
        assertTrue(updated > 0, "some kills must land after the commit");
    }

    private static void reset(Path template, Path work) throws IOException {
        Files.deleteIfExists(work.resolveSibling(work.getFileName() + "-wal"));
        Files.deleteIfExists(work.resolveSibling(work.getFileName() + "-shm"));
        Files.copy(template, work, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String dump(Path db) {
        try (Database d = Database.open(db)) {
            return Dump.allTables(d);
        }
    }
}
