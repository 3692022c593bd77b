package qaf.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.WorkingDays;
import qaf.ingest.Ingest;
import qaf.store.Database;

class ReturnsStatusTest {
    @TempDir
    Path tmp;

    private interface Process {
        ReturnsTracker.Report of(ReturnsTracker tracker, LocalDate day) throws Exception;
    }

    private static Path resource(String name) {
        try {
            return Path.of(ReturnsStatusTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private String status(Path dataset, LocalDate day, Process process) throws Exception {
        try (Database db = Database.open(tmp.resolve(day + "-" + System.nanoTime() + "/qaf.db"))) {
            Ingest.ingest(dataset, db);
            ReturnsTracker tracker = new ReturnsTracker(db, new WorkingDays(BankHolidays.load(
                    Nation.ENGLAND_AND_WALES)));
            return StatusText.of(process.of(tracker, day), day);
        }
    }

    private String evaluation(LocalDate day) throws Exception {
        return status(resource("/datasets/full"), day, (t, d) -> t.evaluation("MACE-2018-01", d));
    }

    /**
     * The full test dataset with, beside the assertions, a Section 11 return whose due date is the
     * agency's own, a schools audit in the programme and an evaluation whose chronologies were issued
     * with a date of their own.
     */
    private Path cycles() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("cycles"));
        try (Stream<Path> files = Files.list(resource("/datasets/full"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.writeString(dir.resolve("s11_returns.csv"), """
                cycle,agency_code,opened_on,due_on,submitted_on,moderation
                2018,POL,2018-04-02,2018-06-29,2018-06-20,yes
                2018,CSC,2018-04-02,2018-07-13,,
                2018,ICB,2018-04-02,2018-06-29,2018-07-04,
                2018,PRB,2018-04-02,2018-06-29,,
                """);
        Files.writeString(dir.resolve("programme.csv"), """
                process,cycle,starts_on,due_on,notes
                s11,2018,2018-04-02,2018-06-29,
                school-audit,2018,2018-04-02,2018-06-29,
                single-agency-audit,2018-19,2018-09-03,2019-03-29,
                """);
        Files.writeString(dir.resolve("evaluations.csv"), """
                evaluation_ref,kind,theme,starts_on,panel_on,chair,chronologies_due
                MACE-2018-01,full,Children associated with gangs and at risk of exploitation,2018-09-03,2018-10-17,\
                Independent chair,2018-09-14
                MACE-2018-02,condensed,Neglect,2018-11-05,2018-11-16,,
                """);
        return dir;
    }

    @Test
    void afterThePanelEveryReturnIsOnTimeLateOrOverdue() throws Exception {
        assertEquals("Returns for evaluation MACE-2018-01 as at 2018-11-05\n"
                + "agency   return                 due        due from      returned   status                       detail\n"
                + "CSC      chronology             2018-09-17 timetable     2018-09-11 returned on time             2 entries\n"
                + "CSC      self-evaluation        2018-09-19 timetable     2018-09-27 returned late (8 days)       2 of 2 cases graded\n"
                + "HV       chronology             2018-09-17 timetable     -          returned, date not recorded  2 entries\n"
                + "HV       self-evaluation        2018-09-20 timetable     -          returned, date not recorded  1 of 2 cases graded\n"
                + "POL      chronology             2018-09-17 timetable     2018-09-10 returned on time             1 entry\n"
                + "POL      self-evaluation        2018-09-19 timetable     2018-09-28 returned late (9 days)       1 of 2 cases graded\n"
                + "POL      close-the-loop C-0101  2018-10-31 timetable     2018-10-30 returned on time\n",
                evaluation(LocalDate.of(2018, 11, 5)));
    }

    @Test
    void aSelfEvaluationDatedAfterTheDayAndPastItsDueDateIsOverdue() throws Exception {
        String text = evaluation(LocalDate.of(2018, 9, 25));
        assertEquals(java.util.List.of(
                "CSC      self-evaluation        2018-09-19 timetable     -          overdue (6 days)             2 of 2 cases graded",
                "POL      self-evaluation        2018-09-19 timetable     -          overdue (6 days)             1 of 2 cases graded"),
                text.lines().filter(l -> l.contains("overdue")).toList());
    }

    @Test
    void beforeTheDueDatesAReturnNotYetInIsNotYetDueAndOneDatedLaterIsNotYetIn() throws Exception {
        assertEquals("Returns for evaluation MACE-2018-01 as at 2018-09-10\n"
                + "agency   return                 due        due from      returned   status                       detail\n"
                + "CSC      chronology             2018-09-17 timetable     -          not yet due                  2 entries\n"
                + "CSC      self-evaluation        2018-09-19 timetable     -          not yet due                  2 of 2 cases graded\n"
                + "HV       chronology             2018-09-17 timetable     -          returned, date not recorded  2 entries\n"
                + "HV       self-evaluation        2018-09-20 timetable     -          returned, date not recorded  1 of 2 cases graded\n"
                + "POL      chronology             2018-09-17 timetable     2018-09-10 returned on time             1 entry\n"
                + "POL      self-evaluation        2018-09-19 timetable     -          not yet due                  1 of 2 cases graded\n"
                + "POL      close-the-loop C-0101  2018-10-31 timetable     -          not yet due\n",
                evaluation(LocalDate.of(2018, 9, 10)));
    }

    @Test
    void aChronologyDateThePartnershipIssuedIsTheDueDateAndSaysSo() throws Exception {
        String text = status(cycles(), LocalDate.of(2018, 9, 18), (t, d) -> t.evaluation("MACE-2018-01", d));
        assertEquals(java.util.List.of(
                "CSC      chronology             2018-09-14 issued        2018-09-11 returned on time             2 entries",
                "HV       chronology             2018-09-14 issued        -          returned, date not recorded  2 entries",
                "POL      chronology             2018-09-14 issued        2018-09-10 returned on time             1 entry"),
                text.lines().filter(l -> l.contains("chronology")).toList());
    }

    @Test
    void closeTheLoopListsOnlyTheFormsDue() throws Exception {
        assertEquals("Close-the-loop returns for evaluation MACE-2018-01 as at 2018-11-01\n"
                + "agency   return                 due        due from      returned   status                       detail\n"
                + "POL      close-the-loop C-0101  2018-10-31 timetable     2018-10-30 returned on time\n",
                status(cycles(), LocalDate.of(2018, 11, 1), (t, d) -> t.closeTheLoop("MACE-2018-01", d)));
    }

    @Test
    void section11ReturnsAreDueTheirOwnDateAndSayWhetherItIsTheProgrammes() throws Exception {
        assertEquals("Section 11 returns for cycle 2018 as at 2018-07-02\n"
                + "agency   return                 due        due from      returned   status                       detail\n"
                + "CSC      section 11             2018-07-13 agency's own  -          returned, date not recorded  1 of 8 standards scored\n"
                + "ICB      section 11             2018-06-29 programme.csv -          overdue (3 days)             0 of 8 standards scored\n"
                + "POL      section 11             2018-06-29 programme.csv 2018-06-20 returned on time             2 of 8 standards scored\n"
                + "PRB      section 11             2018-06-29 programme.csv -          overdue (3 days)             0 of 8 standards scored\n",
                status(cycles(), LocalDate.of(2018, 7, 2), (t, d) -> t.s11("2018", d)));
    }

    @Test
    void aSection11ReturnSubmittedAfterItsDueDateIsLateOnceTheDayIsPastIt() throws Exception {
        String text = status(cycles(), LocalDate.of(2018, 7, 31), (t, d) -> t.s11("2018", d));
        assertEquals("ICB      section 11             2018-06-29 programme.csv 2018-07-04 returned late (5 days)"
                + "       0 of 8 standards scored", text.lines().filter(l -> l.startsWith("ICB")).findFirst()
                        .orElseThrow());
    }

    @Test
    void schoolsAreDueTheProgrammesDateAndWithoutOneAreReturnedWithNoDueDate() throws Exception {
        assertEquals("Schools audit returns for cycle 2018 as at 2018-07-02\n"
                + "agency   return                 due        due from      returned   status                       detail\n"
                + "SCH1     schools audit          2018-06-29 programme.csv 2018-07-01 returned late (2 days)       2 of 14 areas rated\n",
                status(cycles(), LocalDate.of(2018, 7, 2), (t, d) -> t.schools("2018", d)));
        assertEquals("Schools audit returns for cycle 2018 as at 2018-07-02\n"
                + "agency   return                 due        due from      returned   status                       detail\n"
                + "SCH1     schools audit          -          -             2018-07-01 returned (no due date)       2 of 14 areas rated\n",
                status(resource("/datasets/full"), LocalDate.of(2018, 7, 2), (t, d) -> t.schools("2018", d)));
    }

    @Test
    void singleAgencyAuditsListEveryAgencyAgainstTheProgramme() throws Exception {
        assertEquals("Single agency audit returns for 2018-19 as at 2019-04-01\n"
                + "agency   return                 due        due from      returned   status                       detail\n"
                + "CSC      single agency audit    2019-03-29 programme.csv -          overdue (3 days)\n"
                + "HV       single agency audit    2019-03-29 programme.csv -          overdue (3 days)\n"
                + "ICB      single agency audit    2019-03-29 programme.csv -          overdue (3 days)\n"
                + "POL      single agency audit    2019-03-29 programme.csv -          overdue (3 days)\n"
                + "PRB      single agency audit    2019-03-29 programme.csv 2019-03-01 returned on time             1 of 6 sections completed\n"
                + "SCH1     single agency audit    2019-03-29 programme.csv -          overdue (3 days)\n",
                status(cycles(), LocalDate.of(2019, 4, 1), (t, d) -> t.singleAgency("2018-19", d)));
    }

    @Test
    void onTheSampleTheSection11ReturnsOf2018AsAtTheDayAfterTheyWereDue() throws Exception {
        Path sample = Path.of(System.getProperty("user.dir"), "sample-data");
        String text = status(sample, LocalDate.of(2018, 10, 1), (t, d) -> t.s11("2018", d));
        // Every 2018 return of the sample, due the programme's 30 September; those submitted in October or
        // November (AMB, ASC, …) are not in as at 1 October; CHS never returned and scored nothing.
        assertEquals("Section 11 returns for cycle 2018 as at 2018-10-01\n"
                + "agency   return                 due        due from      returned   status                       detail\n"
                + "AMB      section 11             2018-09-30 programme.csv -          overdue (1 day)              8 of 8 standards scored\n"
                + "ASC      section 11             2018-09-30 programme.csv -          overdue (1 day)              8 of 8 standards scored\n"
                + "CAMHS    section 11             2018-09-30 programme.csv -          overdue (1 day)              8 of 8 standards scored\n"
                + "CCG      section 11             2018-09-30 programme.csv 2018-07-26 returned on time             8 of 8 standards scored\n"
                + "CHS      section 11             2018-09-30 programme.csv -          overdue (1 day)              0 of 8 standards scored\n"
                + "CRC      section 11             2018-09-30 programme.csv 2018-09-10 returned on time             8 of 8 standards scored\n"
                + "CSC      section 11             2018-09-30 programme.csv 2018-09-25 returned on time             8 of 8 standards scored\n"
                + "DARS     section 11             2018-09-30 programme.csv 2018-09-13 returned on time             8 of 8 standards scored\n"
                + "DAS      section 11             2018-09-30 programme.csv 2018-08-24 returned on time             8 of 8 standards scored\n"
                + "EDU      section 11             2018-09-30 programme.csv 2018-07-25 returned on time             8 of 8 standards scored\n"
                + "EH       section 11             2018-09-30 programme.csv -          overdue (1 day)              8 of 8 standards scored\n"
                + "GP       section 11             2018-09-30 programme.csv 2018-07-19 returned on time             8 of 8 standards scored\n"
                + "HOSP     section 11             2018-09-30 programme.csv 2018-07-18 returned on time             8 of 8 standards scored\n"
                + "HSG      section 11             2018-09-30 programme.csv 2018-08-01 returned on time             8 of 8 standards scored\n"
                + "LCS      section 11             2018-09-30 programme.csv -          overdue (1 day)              8 of 8 standards scored\n"
                + "NPS      section 11             2018-09-30 programme.csv -          overdue (1 day)              8 of 8 standards scored\n"
                + "POL      section 11             2018-09-30 programme.csv 2018-07-31 returned on time             8 of 8 standards scored\n"
                + "YJS      section 11             2018-09-30 programme.csv -          overdue (1 day)              8 of 8 standards scored\n"
                + "YPR      section 11             2018-09-30 programme.csv 2018-09-13 returned on time             8 of 8 standards scored\n", text);
    }
}
