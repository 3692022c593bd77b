package qaf.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.testing.CliRun;

class ReturnsCommandTest {
    @TempDir
    Path tmp;

    private Path db() throws Exception {
        Path full = Path.of(getClass().getResource("/datasets/full").toURI());
        Path db = tmp.resolve("db/qaf.db");
        assertEquals(0, CliRun.of("ingest", full.toString(), "--db", db.toString()).code());
        return db;
    }

    @Test
    void issuesOneWorkbookPerAgencyAndTheSameBytesWhenRunAgain() throws Exception {
        Path db = db();
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        CliRun run = CliRun.of("returns", "issue", "--evaluation", "MACE-2018-01", "--out", a.toString(), "--db",
                db.toString(), "--on", "2018-09-03");
        assertEquals(0, run.code(), run.err());
        assertEquals(a.resolve("MACE-2018-01-CSC.xlsx") + "\n" + a.resolve("MACE-2018-01-HV.xlsx") + "\n"
                + a.resolve("MACE-2018-01-POL.xlsx") + "\n3 forms written to " + a + "\n", run.out());
        // Zip entries carry a time to 2 seconds: a second run later must still give the same bytes.
        Thread.sleep(2100);
        CliRun.of("returns", "issue", "--evaluation", "MACE-2018-01", "--out", b.toString(), "--db", db.toString(),
                "--on", "2018-09-03");
        assertArrayEquals(Files.readAllBytes(a.resolve("MACE-2018-01-POL.xlsx")),
                Files.readAllBytes(b.resolve("MACE-2018-01-POL.xlsx")));
    }

    @Test
    void anUnknownEvaluationIsRefusedAndNothingIsWritten() throws Exception {
        Path db = db();
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("returns", "issue", "--close-the-loop", "MACE-2099-09", "--out", out.toString(), "--db",
                db.toString());
        assertEquals(3, run.code());
        assertEquals("qaf returns issue: no evaluation MACE-2099-09 in the database — check the ref (qaf ingest the"
                + " dataset that holds it first)\n", run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void statusPrintsTheReturnsAsAtTheDay() throws Exception {
        CliRun run = CliRun.of("returns", "status", "--evaluation", "MACE-2018-01", "--db", db().toString(), "--as-at",
                "2018-11-05");
        assertEquals(0, run.code(), run.err());
        assertEquals("POL      close-the-loop C-0101  2018-10-31 timetable     2018-10-30 returned on time",
                run.out().lines().filter(l -> l.contains("close-the-loop")).findFirst().orElseThrow());
    }

    @Test
    void statusOfASection11CyclePrintsEveryOpenedReturn() throws Exception {
        CliRun run = CliRun.of("returns", "status", "--s11", "2018", "--db", db().toString(), "--as-at", "2018-07-02");
        assertEquals(0, run.code(), run.err());
        assertEquals("Section 11 returns for cycle 2018 as at 2018-07-02\n"
                + "agency   return                 due        due from      returned   status                       detail\n"
                + "CSC      section 11             2018-06-29 programme.csv -          returned, date not recorded  1 of 8 standards scored\n"
                + "POL      section 11             2018-06-29 programme.csv 2018-06-20 returned on time             2 of 8 standards scored\n",
                run.out());
    }
}
