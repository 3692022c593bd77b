package qaf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static qaf.ingest.TestDatasets.copy;
import static qaf.ingest.TestDatasets.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.analysis.narrative.NarrativeText;
import qaf.analysis.programme.ProgrammeEntry;
import qaf.store.Database;
import qaf.store.ProgrammeQueries;
import qaf.terms.Terms;

/** programme.csv, terms.csv and narrative/ (DATA-FORMAT.md Version 2): ingested, stored, returned. */
class ProgrammeTermsNarrativeTest {
    @TempDir
    Path tmp;

    private List<String> messages(Path dataset) {
        try (Database db = Database.open(tmp.resolve("bad.db"))) {
            return assertThrows(IngestRejected.class, () -> Ingest.ingest(dataset, db)).problems().stream()
                    .map(Problem::format).toList();
        }
    }

    @Test
    void programmeTermsAndNarrativeAreStoredAndReturned() throws IOException {
        Path dataset = copy("full", tmp.resolve("d"));
        write(dataset, "programme.csv", "process,cycle,starts_on,due_on,notes\n"
                + "s11,2018,2018-04-02,29/06/2018,\nsingle-agency-audit,2018-19,2018-09-03,2018-12-14,Autumn round\n");
        write(dataset, "terms.csv", "term,text\nboard,Northvale Safeguarding Children Partnership\n"
                + "business-manager,Partnership business manager\n");
        Path place = Files.createDirectories(dataset.resolve("narrative/board-pack/board-pack-2018-19"));
        Files.writeString(place.resolve("foreword.md"), "\uFEFF### Purpose\n\nThe board is asked to *note* …\n");
        Files.writeString(place.resolve("key-findings.md"), "- one\n- two\n");
        Files.writeString(place.resolve("README.txt"), "ignored\n");
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            Ingest.ingest(dataset, db);
            Ingest.ingest(dataset, db); // again: unchanged, not duplicated
            assertEquals(List.of(
                    new ProgrammeEntry("s11", "2018", LocalDate.of(2018, 4, 2), LocalDate.of(2018, 6, 29), null),
                    new ProgrammeEntry("single-agency-audit", "2018-19", LocalDate.of(2018, 9, 3),
                            LocalDate.of(2018, 12, 14), "Autumn round")), ProgrammeQueries.programme(db));
            Terms terms = ProgrammeQueries.terms(db);
            assertEquals("Northvale Safeguarding Children Partnership", terms.word("board"));
            assertEquals("Partnership business manager", terms.word("business-manager"));
            assertEquals("Independent Chair", terms.word("independent-chair"));
            assertTrue(terms.isOwn("board"));
            assertFalse(terms.isOwn("national-panel"));
            assertEquals(List.of(
                    new NarrativeText("board-pack", "board-pack-2018-19", "foreword",
                            "### Purpose\n\nThe board is asked to *note* …"),
                    new NarrativeText("board-pack", "board-pack-2018-19", "key-findings", "- one\n- two")),
                    ProgrammeQueries.narrative(db, "board-pack", "board-pack-2018-19"));
        }
    }

    @Test
    void aDatasetWithoutThemReadsTheFrameworksWords() throws IOException {
        Path dataset = copy("full", tmp.resolve("d"));
        Files.delete(dataset.resolve("programme.csv"));
        Files.delete(dataset.resolve("terms.csv"));
        Path narrative = dataset.resolve("narrative/annual-report-audit/annual-report-audit-2018-19");
        Files.delete(narrative.resolve("foreword.md"));
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            Ingest.ingest(dataset, db);
            assertEquals("Local Safeguarding Children Board", ProgrammeQueries.terms(db).word("board"));
            assertEquals(List.of(), ProgrammeQueries.programme(db));
            assertThrows(IllegalArgumentException.class, () -> Terms.FRAMEWORK.word("lscb-chair"));
        }
    }

    @Test
    void badRowsAndMisplacedNarrativeAreRefused() throws IOException {
        Path dataset = copy("full", tmp.resolve("d"));
        write(dataset, "programme.csv", "process,cycle,starts_on,due_on\ns11,2018,2018-06-29,2018-04-02\n"
                + "audit,2018,2018-04-02,2018-06-29\n");
        write(dataset, "terms.csv", "term,text\nlscb-chair,Chair\n");
        Files.createDirectories(dataset.resolve("narrative/board-pack"));
        Files.writeString(dataset.resolve("narrative/board-pack/foreword.md"), "Lost\n");
        Path place = Files.createDirectories(dataset.resolve("narrative/board-pack/board-pack-2018-19"));
        Files.writeString(place.resolve("Key Findings.md"), "Text\n");
        assertEquals(List.of(
                "narrative/board-pack/board-pack-2018-19/Key Findings.md: the file name is not a section: use"
                        + " foreword, closing, or a heading's slug (lower-case words joined by -), then .md",
                "narrative/board-pack/foreword.md: not in its place — narrative files go in"
                        + " narrative/<kind>/<document name>/<section>.md, e.g."
                        + " narrative/annual-report-audit/annual-report-audit-2018-19/foreword.md",
                "programme.csv:2:4: due_on: before starts_on on the same row — due_on cannot come before starts_on;"
                        + " correct whichever date is wrong",
                "programme.csv:3:1: process: unknown value 'audit' — use one of: s11, school-audit,"
                        + " single-agency-audit, annual-review",
                "terms.csv:2:1: term: unknown value 'lscb-chair' — use one of: " + String.join(", ", Terms.TERMS)),
                messages(dataset).stream().sorted().toList());
    }
}
