package qaf.cli;

import qaf.app.ExitCode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.publish.BuildReport;
import qaf.publish.Manifest;
import qaf.publish.OutputLock;
import qaf.testing.CliRun;
import qaf.testing.SmallDataset;

/** {@code qaf build} as the nightly job runs it: what it prints, the report beside the manifest, the lock. */
class BuildCommandTest {
    @TempDir
    Path dir;

    @Test
    void aLockedOutputFolderNamesTheHolderExitsFiveAndChangesNothing() throws IOException, OutputLock.Busy {
        Path out = dir.resolve("out");
        Path db = dir.resolve("never-created.db");
        try (OutputLock held = OutputLock.acquire(out, Clock.systemUTC())) {
            CliRun run = CliRun.of("build", "--db", db.toString(), "--out", out.toString());
            assertEquals(ExitCode.OUTPUT_LOCKED, run.code(), run.err());
            assertTrue(run.err().contains("is in use by another qaf build: process "
                    + ProcessHandle.current().pid() + " on "), run.err());
            assertTrue(run.err().contains("Nothing was changed."), run.err());
            assertEquals("", run.out());
        }
        assertFalse(Files.exists(db), "a locked-out build must not even create the database");
        assertFalse(Files.exists(out.resolve(Manifest.FILE_NAME)));
    }

    @Test
    void quietPrintsNothingTheLogIsOneLinePerDocumentAndTheReportStaysOutOfTheManifest() throws IOException {
        Path db = dir.resolve("qaf.db");
        CliRun ingest = CliRun.of("ingest", SmallDataset.write(dir.resolve("dataset")).toString(), "--db", db.toString());
        assertEquals(ExitCode.OK, ingest.code(), ingest.err());
        Path quietOut = dir.resolve("quiet");
        Path loudOut = dir.resolve("loud");

        CliRun quiet = CliRun.of("build", "--db", db.toString(), "--out", quietOut.toString(), "--quiet");
        assertEquals(new CliRun(ExitCode.OK, "", ""), quiet);

        CliRun loud = CliRun.of("build", "--db", db.toString(), "--out", loudOut.toString(), "--jobs", "1");
        assertEquals(ExitCode.OK, loud.code(), loud.err());
        assertEquals("", loud.err());
        List<String> lines = loud.out().lines().toList();
        JsonNode report = new ObjectMapper().readTree(loudOut.resolve(BuildReport.FILE_NAME).toFile());
        int documents = report.get("documents").size();
        assertTrue(documents >= 5, "expected chronologies, an overview, feedback and close-the-loop forms");
        assertEquals("building " + documents + " documents", lines.get(0));
        for (int i = 1; i <= documents; i++) {
            JsonNode entry = report.get("documents").get(i - 1);
            assertEquals("[" + i + "/" + documents + "] built " + entry.get("kind").asText() + "/"
                    + entry.get("name").asText() + " (pdf, docx)", lines.get(i));
            assertEquals("built", entry.get("status").asText());
            assertTrue(entry.get("durationMs").isIntegralNumber(), "each document reports its duration in ms");
        }
        assertEquals(documents + 2, lines.size(), loud.out());
        assertTrue(lines.get(documents + 1).startsWith("2018-19: " + documents + " documents built, 0 unchanged, 0 failed in "),
                lines.get(documents + 1));
        assertEquals(documents, report.get("built").asInt());
        assertEquals(0, report.get("failed").asInt());

        // The nightly's log and report may be mailed or kept anywhere: no child's name in either.
        String reportText = Files.readString(loudOut.resolve(BuildReport.FILE_NAME), StandardCharsets.UTF_8);
        assertFalse(loud.out().contains(SmallDataset.CHILD_NAME));
        assertFalse(reportText.contains(SmallDataset.CHILD_NAME));
        // Timings live in the report only: two builds of the same data still give the same manifest.
        assertArrayEquals(Files.readAllBytes(quietOut.resolve(Manifest.FILE_NAME)),
                Files.readAllBytes(loudOut.resolve(Manifest.FILE_NAME)));
        assertFalse(Files.exists(loudOut.resolve(OutputLock.HOLDER_FILE)), "the lock was not released");

        // Nothing changed: the next build says so per document and in its summary, and keeps the manifest.
        CliRun again = CliRun.of("build", "--db", db.toString(), "--out", loudOut.toString(), "--jobs", "1");
        assertEquals(ExitCode.OK, again.code(), again.err());
        List<String> againLines = again.out().lines().toList();
        assertTrue(againLines.get(1).matches("\\[1/" + documents + "] unchanged [a-z-]+/.+ \\(pdf, docx\\)"),
                againLines.get(1));
        assertTrue(againLines.get(documents + 1).startsWith("2018-19: 0 documents built, " + documents
                + " unchanged, 0 failed in "), againLines.get(documents + 1));
        assertArrayEquals(Files.readAllBytes(quietOut.resolve(Manifest.FILE_NAME)),
                Files.readAllBytes(loudOut.resolve(Manifest.FILE_NAME)));
    }

    @Test
    void asAtDatesEveryStatusAndBadDaysAreUsageErrors() throws IOException {
        Path db = dir.resolve("qaf.db");
        CliRun ingest = CliRun.of("ingest", SmallDataset.write(dir.resolve("dataset")).toString(), "--db", db.toString());
        assertEquals(ExitCode.OK, ingest.code(), ingest.err());
        // E1's panel is 18 May 2018: close-the-loop forms are due 10 working days later, 4 June 2018.
        String panelDay = closeTheLoopText(db, "2018-05-18");
        assertTrue(panelDay.contains("Not returned as at 18 May 2018; not yet due."), panelDay);
        String dueDay = closeTheLoopText(db, "2018-06-04");
        assertTrue(dueDay.contains("not yet due"), dueDay);
        String yearEnd = closeTheLoopText(db, "2019-03-31");
        assertTrue(yearEnd.contains("Not returned as at 31 March 2019: overdue by"), yearEnd);
        // The same data and as-at day give the same bytes.
        assertArrayEquals(Files.readAllBytes(dir.resolve("out-2019-03-31").resolve(Manifest.FILE_NAME)),
                Files.readAllBytes(build(db, "2019-03-31", "again").resolve(Manifest.FILE_NAME)));

        CliRun bad = CliRun.of("build", "--db", db.toString(), "--out", dir.resolve("bad").toString(),
                "--as-at", "2019-02-30");
        assertEquals(ExitCode.USAGE, bad.code());
        assertTrue(bad.err().startsWith("Invalid value for option '--as-at': "), bad.err());
    }

    private String closeTheLoopText(Path db, String asAt) throws IOException {
        Path out = build(db, asAt, "out-" + asAt);
        StringBuilder text = new StringBuilder();
        try (var files = Files.walk(out.resolve("2018-19").resolve("close-the-loop"))) {
            for (Path pdf : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                text.append(qaf.testing.PdfText.project(Files.readAllBytes(pdf))).append('\n');
            }
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    private Path build(Path db, String asAt, String name) {
        Path out = dir.resolve(name);
        CliRun run = CliRun.of("build", "--db", db.toString(), "--out", out.toString(), "--quiet",
                "--kinds", "close-the-loop", "--formats", "pdf", "--as-at", asAt);
        assertEquals(ExitCode.OK, run.code(), run.err());
        return out;
    }
}
