package qaf.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
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

    private String status(LocalDate day) throws Exception {
        Path full;
        try {
            full = Path.of(getClass().getResource("/datasets/full").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Database db = Database.open(tmp.resolve(day + "/qaf.db"))) {
            Ingest.ingest(full, db);
            ReturnsIssue issue = new ReturnsIssue(db, "Northvale", new WorkingDays(BankHolidays.load(
                    Nation.ENGLAND_AND_WALES)), day, "test");
            return StatusText.of("MACE-2018-01", day, issue.status("MACE-2018-01", day));
        }
    }

    @Test
    void afterThePanelEveryReturnIsOnTimeLateOrOverdue() throws Exception {
        assertEquals("Returns for evaluation MACE-2018-01 as at 2018-11-05\n"
                + "agency   return                 due        returned   status                       detail\n"
                + "CSC      chronology             2018-09-17 2018-09-11 returned on time             2 entries\n"
                + "CSC      self-evaluation        2018-09-19 2018-09-27 returned late (8 days)       2 of 2 cases graded\n"
                + "HV       chronology             2018-09-17 -          returned, date not recorded  2 entries\n"
                + "HV       self-evaluation        2018-09-20 -          returned, date not recorded  1 of 2 cases graded\n"
                + "POL      chronology             2018-09-17 2018-09-10 returned on time             1 entry\n"
                + "POL      self-evaluation        2018-09-19 2018-09-28 returned late (9 days)       1 of 2 cases graded\n"
                + "POL      close-the-loop C-0101  2018-10-31 2018-10-30 returned on time\n", status(LocalDate.of(2018, 11, 5)));
    }

    @Test
    void aSelfEvaluationDatedAfterTheDayAndPastItsDueDateIsOverdue() throws Exception {
        String text = status(LocalDate.of(2018, 9, 25));
        assertEquals(java.util.List.of(
                "CSC      self-evaluation        2018-09-19 -          overdue (6 days)             2 of 2 cases graded",
                "POL      self-evaluation        2018-09-19 -          overdue (6 days)             1 of 2 cases graded"),
                text.lines().filter(l -> l.contains("overdue")).toList());
    }

    @Test
    void beforeTheDueDatesAReturnNotYetInIsNotYetDueAndOneDatedLaterIsNotYetIn() throws Exception {
        assertEquals("Returns for evaluation MACE-2018-01 as at 2018-09-10\n"
                + "agency   return                 due        returned   status                       detail\n"
                + "CSC      chronology             2018-09-17 -          not yet due                  2 entries\n"
                + "CSC      self-evaluation        2018-09-19 -          not yet due                  2 of 2 cases graded\n"
                + "HV       chronology             2018-09-17 -          returned, date not recorded  2 entries\n"
                + "HV       self-evaluation        2018-09-20 -          returned, date not recorded  1 of 2 cases graded\n"
                + "POL      chronology             2018-09-17 2018-09-10 returned on time             1 entry\n"
                + "POL      self-evaluation        2018-09-19 -          not yet due                  1 of 2 cases graded\n"
                + "POL      close-the-loop C-0101  2018-10-31 -          not yet due\n", status(LocalDate.of(2018, 9, 10)));
    }
}
