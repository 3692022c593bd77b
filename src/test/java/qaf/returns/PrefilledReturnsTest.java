package qaf.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.WorkingDays;
import qaf.ingest.Ingest;
import qaf.ingest.IngestResult;
import qaf.store.Database;
import qaf.store.Dump;

/**
 * Forms issued again to agencies that already returned carry what qaf holds — chronology entries,
 * self-evaluation grades, Section 11 scores and evidence, schools ratings, appendix E answers,
 * close-the-loop answers — so that a form sent back unchanged changes nothing.
 */
class PrefilledReturnsTest {
    @TempDir
    Path tmp;

    private static Path full() {
        try {
            return Path.of(PrefilledReturnsTest.class.getResource("/datasets/full").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> issueEverything(Database d, Path out) throws Exception {
        ReturnsIssue issue = new ReturnsIssue(d, "Northvale Local Safeguarding Children Partnership",
                new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES)), LocalDate.of(2018, 11, 5), "test");
        List<Path> files = new java.util.ArrayList<>();
        files.addAll(issue.evaluation("MACE-2018-01", out));
        files.addAll(issue.closeTheLoop("MACE-2018-01", out));
        files.addAll(issue.s11("2018", out));
        files.addAll(issue.schools("2018", out));
        files.addAll(issue.singleAgency("2018-19", out));
        return files;
    }

    @Test
    void formsIssuedAgainAndSentBackUnchangedInsertNothingAndUpdateNothing() throws Exception {
        try (Database d = Database.open(tmp.resolve("db/qaf.db"))) {
            Ingest.ingest(full(), d);
            String before = Dump.allTables(d);
            Path out = tmp.resolve("issued");
            assertEquals(13, issueEverything(d, out).size());
            // A dataset folder always holds agencies.csv; the partnership's own, unchanged.
            Files.copy(full().resolve("agencies.csv"), out.resolve("agencies.csv"));
            IngestResult again;
            try {
                again = Ingest.ingest(out, d);
            } catch (qaf.ingest.IngestRejected e) {
                throw new AssertionError(e.problems().stream().map(qaf.ingest.Problem::format).toList().toString(), e);
            }
            assertEquals(0, again.inserted());
            assertEquals(0, again.updated());
            // Every stored row of the returns was read back from a form: pre-filled, not left blank.
            assertEquals(List.of(
                    "agencies.csv: 6 read, 6 unchanged",
                    "agency_evaluations.csv from 3 files: 4 read, 4 unchanged",
                    "chronology.csv from 3 files: 5 read, 5 unchanged",
                    "s11_scores.csv from 2 files: 3 read, 3 unchanged",
                    "schools-2018-SCH1.xlsx (school_audits.csv): 2 read, 2 unchanged",
                    "single_agency_audits.csv from 6 files: 1 read, 1 unchanged",
                    "MACE-2018-01-C-0101-POL-close-the-loop.docx (close_the_loop.csv): 1 read, 1 unchanged"),
                    again.files().stream().map(f -> f.file() + ": " + f.read() + " read, " + f.unchanged()
                            + " unchanged").toList());
            assertEquals(before, Dump.allTables(d));
        }
    }

    @Test
    void aChronologyIssuedAgainShowsTheAgencysEntriesWithTheirPrecisionAndTime() throws Exception {
        try (Database d = Database.open(tmp.resolve("db2/qaf.db"))) {
            Ingest.ingest(full(), d);
            Path out = tmp.resolve("issued2");
            ReturnsRoundTripTest.issuer(d).evaluation("MACE-2018-01", out);
        }
        String hv = WorkbookText.of(out2("MACE-2018-01-HV.xlsx"));
        // Oldest first: the entry known to the year, then the one known to the month.
        assertTrue(hv.contains("\nC-0101\nHV\nH-2\n2016\nyes\nChild registered with the service.\nHV record\nno\n"
                + "C-0101\nHV\nH-1\n2018-01\nyes\nNew birth visit (month only).\nHV record\npositive\nno\n"), hv);
        var wb = AgencyFilling.open(out2("MACE-2018-01-POL.xlsx"));
        var sheet = wb.getSheet("Chronology C-0101");
        int h = AgencyFilling.headerRow(sheet, "case_ref");
        var time = sheet.getRow(h + 1).getCell(4);
        assertEquals("hh:mm", time.getCellStyle().getDataFormatString());
        assertEquals(21 * 60 + 40, Math.round(time.getNumericCellValue() * 24 * 60));
    }

    private Path out2(String name) {
        return tmp.resolve("issued2").resolve(name);
    }

    @Test
    void anAppendixEIssuedAgainCarriesTheAnswersAndTheDateSubmitted() throws Exception {
        try (Database d = Database.open(tmp.resolve("db3/qaf.db"))) {
            Ingest.ingest(full(), d);
            issueEverything(d, tmp.resolve("issued3"));
        }
        var pkg = WordprocessingMLPackage.load(tmp.resolve("issued3/single-agency-2018-19-PRB.docx").toFile());
        String xml = org.docx4j.XmlUtils.marshaltoString(pkg.getMainDocumentPart().getJaxbElement(), true, false);
        String text = xml.replaceAll("<[^>]+>", "");
        assertTrue(text.contains("01/03/2019") && text.contains("Case file audit") && text.contains("workshop"), text);
        assertTrue(Files.exists(tmp.resolve("issued3/single-agency-2018-19-POL.docx")));
    }
}
