package qaf.cli;

import qaf.app.ExitCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.ingest.Ingest;
import qaf.render.docx.DocxProjection;
import qaf.store.Database;
import qaf.testing.PdfText;
import qaf.testing.SmallDataset;

class TimetableCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, normalise(out.toString()), normalise(err.toString()));
    }

    private static String normalise(String text) {
        return text.replace(System.lineSeparator(), "\n");
    }

    @Test
    void printsTheCondensedTimetableAsAnAlignedTable() {
        Result r = run("timetable", "--kind", "condensed", "--start", "05/11/2018");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals("""
                Condensed case evaluation (appendix D), 2 weeks
                Start Mon 05/11/2018, panel day Thu 15/11/2018, bank holidays: england-and-wales

                Step                                                                             Responsible                                         Date            Working day
                20 cases selected on the subgroup's criteria and sent to agencies                LSCB Business Manager, QA Service Manager           Mon 05/11/2018  1 (+0)
                Agencies feed back on their involvement with the cases                           All agencies                                        Tue 06/11/2018  2 (+1)
                5 final cases, documents and guidance sent to agencies                           LSCB Business Manager, QA Service Manager           Wed 07/11/2018  3 (+2)
                Single agency evaluations, brief chronologies and documents prepared (days 4-5)  All agencies                                        Fri 09/11/2018  5 (+4)
                Self-evaluations, chronologies and documents submitted                           All agencies                                        Mon 12/11/2018  6 (+5)
                Case information collated and sent to agencies for the panel                     LSCB Business Manager                               Tue 13/11/2018  7 (+6)
                QA Service Manager briefs the Panel Chair                                        QA Service Manager; Chair of Panel                  Wed 14/11/2018  8 (+7)
                Multi-agency panel session                                                       All agencies                                        Thu 15/11/2018  9 (+8)
                Brief overview report written                                                    TBC (appendix D)                                    Fri 16/11/2018  10 (+9)
                Close-the-loop forms returned (10 working days after the panel)                  Agencies graded requires improvement or inadequate  Thu 29/11/2018  19 (+18)

                Working day n (+n-1) counts from the start as day 1, skipping weekends and bank holidays.
                """, r.out());
    }

    @Test
    void fullTimetableWithAGivenPanelAndNation() {
        Result r = run("timetable", "--kind", "FULL", "--start", "2018-11-05", "--panel", "2018-12-05",
                "--nation", "scotland");
        assertEquals(ExitCode.OK, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("Start Mon 05/11/2018, panel day Wed 05/12/2018, bank holidays: scotland", lines[1]);
        // Header plus 24 steps, after the two title lines and a blank line.
        assertEquals("Step", lines[3].substring(0, 4));
        assertEquals(3 + 1 + 24 + 2, lines.length);
        int dateColumn = lines[3].indexOf("Date");
        for (int i = 4; i < 28; i++) {
            assertTrue(lines[i].substring(dateColumn).matches("[A-Z][a-z]{2} \\d{2}/\\d{2}/\\d{4}  \\d+ \\(\\+\\d+\\)"),
                    lines[i]);
        }
        // St Andrew's Day (Fri 30/11) is skipped in Scotland: the panel on Wed 05/12 is working day 22.
        assertTrue(r.out().contains("Wed 05/12/2018  22 (+21)"), r.out());
    }

    @Test
    void badKindSaysWhatToUse() {
        Result r = run("timetable", "--kind", "short", "--start", "2018-11-05");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().startsWith("Invalid value for option '--kind': unknown evaluation kind; use one of full,"
                + " condensed\n"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void impossibleOrAmbiguousDatesAreUsageErrors() {
        for (String bad : new String[] {"31/06/2018", "2018-13-01", "05/11/18", "11/30/2018"}) {
            Result r = run("timetable", "--kind", "full", "--start", bad);
            assertEquals(ExitCode.USAGE, r.code(), bad);
            assertTrue(r.err().startsWith("Invalid value for option '--start': "), r.err());
            assertEquals("", r.out());
        }
        Result panel = run("timetable", "--kind", "full", "--start", "2018-11-05", "--panel", "2018-02-30");
        assertEquals(ExitCode.USAGE, panel.code());
        assertTrue(panel.err().startsWith("Invalid value for option '--panel': day out of range"), panel.err());
    }

    @Test
    void aStartOnABankHolidayIsAUsageErrorThatSuggestsTheNextWorkingDay() {
        Result r = run("timetable", "--kind", "full", "--start", "07/05/2018");
        assertEquals(ExitCode.USAGE, r.code());
        assertEquals("qaf timetable: the start (week 1 day 1) 2018-05-07 is a bank holiday (Early May bank holiday)"
                + " in england-and-wales; start on a working day, e.g. 2018-05-08\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void datesBeyondTheBankHolidayDataAreProjectedAndSaySo() {
        Result later = run("timetable", "--kind", "full", "--start", "2031-03-03");
        assertEquals(ExitCode.OK, later.code(), later.err());
        assertTrue(later.out().contains("bank holidays are projected from the statutory rules"), later.out());
        // Good Friday and Easter Monday 2031 (11 and 14 April), projected, are skipped like published
        // ones: working day 29 is Thursday 10 April, day 30 Tuesday 15 April.
        assertTrue(later.out().contains("Tue 15/04/2031  30 (+29)"), later.out());
        Result published = run("timetable", "--kind", "full", "--start", "2018-11-05");
        assertFalse(published.out().contains("projected"), published.out());
    }

    @Test
    void unknownNationAndMissingStartAreUsageErrors() {
        Result nation = run("timetable", "--kind", "full", "--start", "2018-11-05", "--nation", "wales");
        assertEquals(ExitCode.USAGE, nation.code());
        assertTrue(nation.err().startsWith("Invalid value for option '--nation': unknown bank-holiday nation; use one"
                + " of england-and-wales, scotland, northern-ireland\n"), nation.err());
        Result missing = run("timetable", "--kind", "full");
        assertEquals(ExitCode.USAGE, missing.code());
        assertTrue(missing.err().startsWith("Missing required option: '--start=DATE'"), missing.err());
    }

    @Test
    void withADatabaseTheTimetableNamesThePartnershipAndUsesItsTermsAndBankHolidays() throws IOException {
        Path data = SmallDataset.write(dir.resolve("dataset"));
        Files.writeString(data.resolve("partnership.csv"), "name,short_name,area,bank_holidays\n"
                + "Glenmore Safeguarding Children Partnership,Glenmore SCP,Glenmore,scotland\n", StandardCharsets.UTF_8);
        Files.writeString(data.resolve("terms.csv"), "term,text\nbusiness-manager,Partnership business manager\n"
                + "qa-service-manager,Quality Assurance Lead\nperformance-analyst,Partnership performance analyst\n"
                + "audit-subgroup,Quality and Learning Group\n", StandardCharsets.UTF_8);
        Path db = dir.resolve("qaf.db");
        try (Database store = Database.open(db)) {
            Ingest.ingest(data, store);
        }
        Path out = dir.resolve("out");
        Result r = run("timetable", "--kind", "full", "--start", "2018-11-05", "--db", db.toString(), "--render",
                out.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("bank holidays: scotland"), r.out());
        assertTrue(r.out().contains("Partnership business manager, Quality Assurance Lead (with Partnership"
                + " performance analyst)"), r.out());
        assertTrue(r.out().contains("Quality and Learning Group reviews progress"), r.out());
        Path pdf = out.resolve("2018-19/timetable/timetable-full-2018-11-05.pdf");
        Path docx = out.resolve("2018-19/timetable/timetable-full-2018-11-05.docx");
        for (String text : new String[] {r.out(), PdfText.textAndMetadata(Files.readAllBytes(pdf)),
            DocxProjection.allText(Files.readAllBytes(docx))}) {
            for (String framework : new String[] {"LSCB", "QA Service Manager", "Audit and Scrutiny"}) {
                assertFalse(text.contains(framework), framework + " in:\n" + text);
            }
        }
        String pdfText = PdfText.project(Files.readAllBytes(pdf));
        assertTrue(pdfText.contains("Glenmore Safeguarding Children Partnership"), pdfText);
        assertTrue(pdfText.contains("Quality and Learning Group"), pdfText);
    }

    @Test
    void aDatabaseThatIsNotThereIsAUsageError() {
        Result r = run("timetable", "--kind", "full", "--start", "2018-11-05", "--db", dir.resolve("none.db").toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().startsWith("qaf timetable: no database file at "), r.err());
        assertFalse(Files.exists(dir.resolve("none.db")), "a missing database is not created");
    }
}
