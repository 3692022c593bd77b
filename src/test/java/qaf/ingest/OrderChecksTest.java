package qaf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static qaf.ingest.TestDatasets.copy;
import static qaf.ingest.TestDatasets.read;
import static qaf.ingest.TestDatasets.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.store.Database;
import qaf.store.Dump;

/**
 * Accepted without a word before: a case closed before it opened, a panel before its evaluation
 * starts, an agency that is its own parent or a cycle of parents, and attendance totals that
 * overflowed ("2147483647" twice printed "-2 attendees").
 */
class OrderChecksTest {
    @TempDir
    Path tmp;

    private List<String> messages(Path dataset) {
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            return assertThrows(IngestRejected.class, () -> Ingest.ingest(dataset, db)).problems().stream()
                    .map(Problem::format).toList();
        }
    }

    private static String before(String later, String earlier) {
        return later + ": before " + earlier + " on the same row — " + later + " cannot come before " + earlier
                + "; correct whichever date is wrong";
    }

    @Test
    void datesOutOfTheirOrderAreRefusedAtTheLaterDate() {
        Path dataset = copy("full", tmp.resolve("d"));
        write(dataset, "cases.csv", read(dataset, "cases.csv") + "C-0201,CH-001,cp,2018-05-01,30/04/2018,,,\n");
        write(dataset, "evaluations.csv", read(dataset, "evaluations.csv")
                + "MACE-2018-03,full,Neglect,2018-12-03,2018-11-30,\n");
        write(dataset, "actions.csv", read(dataset, "actions.csv")
                + "A-20,thematic,T-1,,Agree a standard,2018-10-17,2018-10-16,complete,2018-10-01,,\n");
        write(dataset, "reviews.csv", read(dataset, "reviews.csv")
                + "SCR-2018-09,scr,,,,2018-07-02,2018-07-01,2018-06-30,,,,,2018-09-01,2018-08-01,2018-07-31,,\n");
        write(dataset, "s11_returns.csv", read(dataset, "s11_returns.csv") + "2019,POL,2019-04-02,2019-04-01,,\n");
        List<String> messages = messages(dataset);
        assertEquals(List.of(
                "actions.csv:9:7: " + before("due_on", "agreed_on"),
                "actions.csv:9:9: " + before("completed_on", "agreed_on"),
                "cases.csv:5:5: " + before("closed_on", "opened_on"),
                "evaluations.csv:4:5: " + before("panel_on", "starts_on"),
                "reviews.csv:4:7: " + before("aware_on", "incident_on"),
                "reviews.csv:4:8: " + before("notified_on", "aware_on"),
                "reviews.csv:4:14: " + before("completed_on", "started_on"),
                "reviews.csv:4:15: " + before("published_on", "completed_on"),
                "s11_returns.csv:4:4: " + before("due_on", "opened_on")),
                messages.stream().filter(m -> m.contains("before")).toList());
    }

    @Test
    void anAgencyThatIsItsOwnParentOrOnACycleOfParentsIsRefused() {
        Path dataset = copy("full", tmp.resolve("d"));
        write(dataset, "agencies.csv", read(dataset, "agencies.csv")
                + "SELF,Itself,health,SELF,\n"
                + "A1,First,health,A2,\n"
                + "A2,Second,health,A3,\n"
                + "A3,Third,health,A1,\n"
                + "A4,Under the cycle,health,A1,\n");
        assertEquals(List.of(
                "agencies.csv:8:4: parent_code: the agency is its own parent — give the agency that collates its"
                        + " returns, or leave parent_code blank",
                "agencies.csv:9:4: parent_code: the parents form a cycle ('A1' → 'A2' → 'A3' → 'A1') — an agency"
                        + " cannot be collated under itself; correct one parent_code on the cycle",
                "agencies.csv:10:4: parent_code: the parents form a cycle ('A2' → 'A3' → 'A1' → 'A2') — an agency"
                        + " cannot be collated under itself; correct one parent_code on the cycle",
                "agencies.csv:11:4: parent_code: the parents form a cycle ('A3' → 'A1' → 'A2' → 'A3') — an agency"
                        + " cannot be collated under itself; correct one parent_code on the cycle"),
                messages(dataset));
    }

    @Test
    void aCycleClosedThroughTheDatabaseIsRefusedToo() {
        Path first = copy("full", tmp.resolve("d1"));
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            Ingest.ingest(first, db); // HV's parent is ICB
        }
        Path second = tmp.resolve("d2");
        write(copy("full", second), "agencies.csv", "code,name,sector,parent_code\nICB,Care board,health,HV\n");
        assertEquals(List.of("agencies.csv:2:4: parent_code: the parents form a cycle ('ICB' → 'HV' → 'ICB') — an"
                + " agency cannot be collated under itself; correct one parent_code on the cycle"),
                messages(second).stream().filter(m -> m.startsWith("agencies")).toList());
    }

    @Test
    void implausibleAttendanceIsRejectedAndTheLimitItselfAccepted() {
        Path dataset = copy("full", tmp.resolve("d"));
        write(dataset, "attendance.csv", "event_ref,agency_code,attendees\nE-1,POL,2147483647\nE-1,CSC,100001\n");
        write(dataset, "briefing_uses.csv", read(dataset, "briefing_uses.csv")
                + "B-1,CSC,2018-11-21,,2147483647,\n");
        assertEquals(List.of(
                "attendance.csv:2:3: attendees: out of range — write a whole number from 0 to 100000",
                "attendance.csv:3:3: attendees: out of range — write a whole number from 0 to 100000",
                "briefing_uses.csv:" + (read(dataset, "briefing_uses.csv").split("\n").length)
                        + ":5: attendees: out of range — write a whole number from 0 to 100000"),
                messages(dataset));
        write(dataset, "attendance.csv", "event_ref,agency_code,attendees\nE-1,POL,100000\n");
        write(dataset, "briefing_uses.csv", "briefing_ref,agency_code,delivered_on,team,attendees\n");
        try (Database db = Database.open(tmp.resolve("ok.db"))) {
            Ingest.ingest(dataset, db);
            assertTrue(Dump.allTables(db).contains("'E-1' | 'POL' | 100000"));
        }
    }
}
