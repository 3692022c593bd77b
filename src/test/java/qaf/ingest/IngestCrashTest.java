package qaf.ingest;

import qaf.bench.SyntheticChronology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.store.Database;
import qaf.store.Dump;

/**
 * An ingest killed with SIGKILL at random moments leaves the old or the new content, never a
 * mixture, and never a damaged file: the guarantee of one SQLite transaction in WAL mode with
 * synchronous=FULL, checked end to end in a child JVM whose small page cache makes the
 * transaction spill into the WAL file while it writes (see {@code SmallCacheIngest}).
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
        Path wal = work.resolveSibling(work.getFileName() + "-wal");
        Path log = tmp.resolve("child.log");
        // Calibrate: how long an uninterrupted ingest takes on this machine, start to exit (the
        // slower of two runs, since the load on the machine varies).
        long fullRunMillis = 0;
        for (int i = 0; i < 2; i++) {
            reset(template, work);
            long start = System.nanoTime();
            assertEquals(0, child(newData, work, log).start().waitFor(), Files.readString(log));
            fullRunMillis = Math.max(fullRunMillis, (System.nanoTime() - start) / 1_000_000);
            assertEquals(newDump, dump(work));
        }

        SplittableRandom random = new SplittableRandom(2026);
        int old = 0;
        int updated = 0;
        int killedWhileWriting = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            reset(template, work);
            Process child = child(newData, work, log).start();
            long deadline = System.nanoTime() + 4_000_000_000L * Math.max(1, fullRunMillis / 1000);
            if (i % 3 == 0) {
                // Anywhere in a run of the usual length.
                Thread.sleep(random.nextLong(fullRunMillis + 1));
            } else if (i % 3 == 1) {
                // Around the usual end, when the commit happens (a loaded machine runs slower).
                Thread.sleep(fullRunMillis + random.nextLong(2 * fullRunMillis + 1));
            } else {
                // Once the transaction has started writing pages to the WAL file, a little later.
                while (child.isAlive() && size(wal) == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(2);
                }
                Thread.sleep(random.nextLong(150));
            }
            boolean exited = !child.isAlive();
            long walBytes = size(wal);
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
                    assertEquals(newDump, dump, "iteration " + i + " left a mixture");
                    updated++;
                }
            }
        }
        System.out.printf("crash test: full run %d ms; %d kills left the old content (%d while writing), %d the new%n",
                fullRunMillis, old, killedWhileWriting, updated);
        assertTrue(killedWhileWriting > 0, "some kills must land while the transaction is writing");
        assertTrue(updated > 0, "some kills must land after the commit");
    }

    private ProcessBuilder child(Path dataset, Path db, Path log) {
        return ChildJvm.java("qaf.store.SmallCacheIngest", tmp, log, dataset.toString(), db.toString());
    }

    /** The file's size, 0 when it does not exist (the child removes its WAL file when it closes). */
    private static long size(Path file) throws IOException {
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            return 0;
        }
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
