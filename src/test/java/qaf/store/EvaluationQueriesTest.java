package qaf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionStatus;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.ChildDetails;
import qaf.analysis.evaluation.ChildVoice;
import qaf.analysis.evaluation.CloseTheLoopReturn;
import qaf.analysis.evaluation.Evaluation;
import qaf.analysis.evaluation.EvaluationCase;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.evaluation.Grade;
import qaf.calendar.ReportingYear;
import qaf.calendar.Timetable;
import qaf.ingest.Ingest;

/** Loads a small dataset written as CSV text, as a partnership would send it, and checks every record read. */
class EvaluationQueriesTest {
    @TempDir
    Path dir;

    private Database db;

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void ingest() throws IOException {
        Path data = dir.resolve("dataset");
        Files.createDirectories(data);
        write(data, "partnership.csv", "name,short_name,area\n"
                + "Kestrel Vale Safeguarding Children Partnership,Kestrel Vale SCP,Kestrel Vale\n");
        write(data, "agencies.csv", "code,name,sector,lead_person\n"
                + "KVP,Kestrel Vale Police,police,\nCSC,Children's Social Care,social-care,\n"
                + "GP,Kestrel Vale GP Practices,health,\"Robin Ashe, Named GP\"\n");
        write(data, "children.csv", "child_ref,given_name,family_name,date_of_birth,gender,pseudonym\n"
                + "CH1,Zoë,Wiśniewska,14/03/2009,female,Child A\nCH2,Ruairí,Ó Súilleabháin,2011-07-30,,Child B\n");
        write(data, "cases.csv", "case_ref,child_ref,case_type,opened_on,case_worker,supervising_manager,team\n"
                + "C1,CH1,cp,2017-01-10,Sam Fenwick,Lee Marsh,North\nC2,CH2,cin,2017-05-02,,,\n");
        write(data, "evaluations.csv", "evaluation_ref,kind,theme,starts_on,panel_on,chair\n"
                + "E1,condensed,Neglect,2018-10-01,2018-10-11,Chair One\n"
                + "E2,full,Gangs,2019-05-07,2019-05-29,\n"
                + "E0,condensed,Missing education,2018-02-05,2018-02-15,\n");
        write(data, "evaluation_cases.csv", "evaluation_ref,case_ref,partnership_grade,child_voice,summary\n"
                + "E1,C1,good,evidenced,Story of Child A\nE1,C2,,,\nE2,C1,inadequate,not-evidenced,\n");
        write(data, "agency_evaluations.csv", "evaluation_ref,case_ref,agency_code,self_grade,panel_grade,"
                + "regrade_rationale,chronology_submitted_on,evaluation_submitted_on\n"
                + "E1,C1,KVP,good,requires-improvement,Referral was late,2018-10-08,09/10/2018\n"
                + "E1,C1,CSC,good,,,,\n"
                + "E1,C2,GP,inadequate,,,2018-10-08,\n"
                + "E2,C1,KVP,good,,,,\n");
        write(data, "chronology.csv", "case_ref,agency_code,entry_ref,date,event,source\n"
                + "C1,KVP,1,2018-01-02,Call to the home,Police log\n"
                + "C1,KVP,2,2018-02,Second call,Police log\n"
                + "C1,GP,1,2018-03-04,Appointment missed,GP record\n");
        write(data, "close_the_loop.csv", "evaluation_ref,case_ref,agency_code,lead_person,returned_on,worker_notified,"
                + "overview\n"
                + "E1,C1,KVP,\"Jo Hale, Detective Inspector\",2018-10-24,yes,Met the officer\n");
        write(data, "actions.csv", "action_ref,source_kind,source_ref,agency_code,description,agreed_on,due_on,status,"
                + "completed_on\n"
                + "ACT-5,case,C1,CSC,Case action,2018-10-11,2018-11-30,complete,2018-11-20\n"
                + "ACT-4,evaluation,E2,,Other evaluation,2019-05-29,2019-07-01,open,\n"
                + "ACT-3,case,C2,,Second case action,2018-10-11,2018-12-31,open,\n"
                + "ACT-2,thematic,E1,,Seven-minute briefing,2018-10-11,2018-12-01,in-progress,\n"
                + "ACT-1,evaluation,E1,KVP,Referral within 24 hours,2018-10-11,2018-11-11,open,\n");
        db = Database.open(dir.resolve("qaf.db"));
        Ingest.ingest(data, db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void oneEvaluationWithEverythingItHolds() {
        EvaluationData e1 = EvaluationQueries.evaluation(db, "E1").orElseThrow();
        assertEquals(new Evaluation("E1", Timetable.Kind.CONDENSED, "Neglect", LocalDate.of(2018, 10, 1),
                LocalDate.of(2018, 10, 11), "Chair One"), e1.evaluation());
        assertEquals(List.of(
                new EvaluationCase("E1", "C1", "cp", "CH1", "Child A", LocalDate.of(2009, 3, 14), Grade.GOOD,
                        ChildVoice.EVIDENCED, "Story of Child A", null, null, LocalDate.of(2017, 1, 10), "Sam Fenwick",
                        "Lee Marsh", "North"),
                new EvaluationCase("E1", "C2", "cin", "CH2", "Child B", LocalDate.of(2011, 7, 30), null, null, null,
                        null, null, LocalDate.of(2017, 5, 2), null, null, null)), e1.cases());
        // Grades by case then agency code; chronology entries per agency per case: C1 KVP 2, C1 CSC 0,
        // C2 GP 0 (GP's only entry is on C1, where it did not grade).
        assertEquals(List.of(
                new AgencyGrade("E1", "C1", "CSC", "Children's Social Care", "social-care", null, Grade.GOOD, null,
                        null, null, null, null, null, 0),
                new AgencyGrade("E1", "C1", "KVP", "Kestrel Vale Police", "police", null, Grade.GOOD,
                        Grade.REQUIRES_IMPROVEMENT, "Referral was late", LocalDate.of(2018, 10, 8),
                        LocalDate.of(2018, 10, 9), null, null, 2),
                new AgencyGrade("E1", "C2", "GP", "Kestrel Vale GP Practices", "health", "Robin Ashe, Named GP",
                        Grade.INADEQUATE, null, null, LocalDate.of(2018, 10, 8), null, null, null, 0)), e1.grades());
        assertEquals(List.of(new CloseTheLoopReturn("E1", "C1", "KVP", "Jo Hale, Detective Inspector",
                LocalDate.of(2018, 10, 24), true, null, "Met the officer", null, null, null)), e1.returns());
        // The evaluation's own and thematic actions, and those of its cases; not E2's.
        assertEquals(List.of("ACT-1", "ACT-2", "ACT-3", "ACT-5"),
                e1.actions().stream().map(ActionRecord::actionRef).toList());
        ActionRecord complete = e1.actions().get(3);
        assertEquals(ActionStatus.COMPLETE, complete.status());
        assertEquals(LocalDate.of(2018, 11, 20), complete.completedOn());
        assertEquals("CSC", complete.agencyCode());
        assertNull(e1.actions().get(1).agencyCode());
    }

    @Test
    void unknownEvaluationIsEmptyAndAnEvaluationWithoutCasesLoadsEmpty() {
        assertTrue(EvaluationQueries.evaluation(db, "NOPE").isEmpty());
        EvaluationData e0 = EvaluationQueries.evaluation(db, "E0").orElseThrow();
        assertEquals(List.of(), e0.cases());
        assertEquals(List.of(), e0.grades());
        assertEquals(List.of(), e0.actions());
    }

    @Test
    void aYearHoldsTheEvaluationsWhosePanelFallsInIt() {
        // Panels: E0 15 Feb 2018 (2017-18), E1 11 Oct 2018 (2018-19), E2 29 May 2019 (2019-20).
        assertEquals(List.of("E1"), refs(EvaluationQueries.year(db, new ReportingYear(2018, 4))));
        assertEquals(List.of("E2"), refs(EvaluationQueries.year(db, new ReportingYear(2019, 4))));
        assertEquals(List.of("E0", "E1", "E2"), refs(EvaluationQueries.all(db)));
        // A January start: 2018 holds E0 and E1, by panel day.
        assertEquals(List.of("E0", "E1"), refs(EvaluationQueries.year(db, new ReportingYear(2018, 1))));
        EvaluationData e2 = EvaluationQueries.year(db, new ReportingYear(2019, 4)).get(0);
        assertEquals(List.of("ACT-4", "ACT-5"), e2.actions().stream().map(ActionRecord::actionRef).toList());
        assertEquals(2, e2.grades().get(0).chronologyEntries());
    }

    @Test
    void childrenAreReadOnlyOnRequest() {
        List<ChildDetails> children = EvaluationQueries.children(db, "E1");
        assertEquals(List.of(new ChildDetails("CH1", "Zoë", "Wiśniewska", "female", null, null),
                new ChildDetails("CH2", "Ruairí", "Ó Súilleabháin", null, null, null)), children);
        assertEquals("ChildDetails[CH1]", children.get(0).toString());
        assertEquals(List.of("CH1"),
                EvaluationQueries.children(db, "E2").stream().map(ChildDetails::childRef).toList());
    }

    private static List<String> refs(List<EvaluationData> data) {
        return data.stream().map(d -> d.evaluation().ref()).toList();
    }
}
