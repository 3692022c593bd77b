package qaf.agencyfeedback;

import qaf.testing.Kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.calendar.ReportingYear;
import qaf.closetheloop.CloseTheLoopDocument;
import qaf.closetheloop.CloseTheLoopKind;
import qaf.ingest.Ingest;
import qaf.render.Format;
import qaf.render.RenderContext;
import qaf.render.docx.DocxProjection;
import qaf.store.Database;

/**
 * Both kinds from a small dataset written as CSV: which documents a year has, and gaps in the
 * records (no lead person, no case worker) rendered as "not recorded" in both formats.
 *
 * <p>E1's panel is Thursday 11 October 2018: forms due 12, 15-19, 22-25 October, so 25 October 2018.
 * KVP (no lead person) is regraded good → requires improvement on C1 and returned on 24 October;
 * GP's inadequate on C2 (a case with no worker) is not returned by 31 March 2019.
 */
class FeedbackKindsFromStoreTest {
    private static final ReportingYear YEAR = new ReportingYear(2018, 4);
    private static final RenderContext CONTEXT = new RenderContext(Instant.parse("2019-03-31T00:00:00Z"), "test");

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
                + "E2,full,Gangs,2019-05-07,2019-05-29,\n");
        write(data, "evaluation_cases.csv", "evaluation_ref,case_ref,partnership_grade,child_voice,summary\n"
                + "E1,C1,good,evidenced,\nE1,C2,,,\nE2,C1,inadequate,not-evidenced,\n");
        write(data, "agency_evaluations.csv", "evaluation_ref,case_ref,agency_code,self_grade,panel_grade,"
                + "regrade_rationale,chronology_submitted_on,evaluation_submitted_on\n"
                + "E1,C1,KVP,good,requires-improvement,Referral was late,2018-10-08,2018-10-09\n"
                + "E1,C1,CSC,good,,,,\n"
                + "E1,C2,GP,inadequate,,,2018-10-08,\n"
                + "E2,C1,KVP,inadequate,,,,\n");
        write(data, "close_the_loop.csv", "evaluation_ref,case_ref,agency_code,lead_person,returned_on,"
                + "worker_notified,overview\n"
                + "E1,C1,KVP,\"Jo Hale, Detective Inspector\",2018-10-24,yes,Met the officer\n");
        db = Database.open(dir.resolve("qaf.db"));
        Ingest.ingest(data, db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aYearHasFeedbackPerGradedAgencyAndAFormPerLowFinalGrade() {
        assertEquals(List.of("E1_CSC", "E1_GP", "E1_KVP"), Kinds.labels(new AgencyFeedbackKind(), db, YEAR));
        assertEquals(List.of("E1_C1_KVP", "E1_C2_GP"), Kinds.labels(new CloseTheLoopKind(), db, YEAR));
        assertEquals(List.of("E2_C1_KVP"), Kinds.labels(new CloseTheLoopKind(), db, new ReportingYear(2019, 4)));
    }

    @Test
    void feedbackWithoutALeadPersonRendersNotRecorded() throws IOException {
        AgencyFeedbackKind kind = new AgencyFeedbackKind();
        qaf.document.BlockDocument doc = Kinds.compose(kind, db, YEAR, "E1_KVP");
        assertEquals("E1_KVP", doc.name());
        assertEquals(List.of(List.of("C1", "Child A", "Requires improvement", "25 October 2018", "24 October 2018",
                "Returned on time")), AgencyFeedbackComposerTest.shown(doc, "close-the-loop"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        kind.renderer(Format.DOCX).render(doc, CONTEXT, out);
        assertTrue(DocxProjection.project(out.toByteArray()).contains("Evaluation lead: not recorded"));
        kind.renderer(Format.PDF).render(doc, CONTEXT, new ByteArrayOutputStream());
    }

    @Test
    void aFormForACaseWithNoWorkerRendersNotRecorded() throws IOException {
        CloseTheLoopKind kind = new CloseTheLoopKind();
        CloseTheLoopDocument form = Kinds.compose(kind, db, YEAR, "E1_C2_GP");
        assertEquals("E1_C2_GP", form.name());
        // Sunday 31 March counts as Monday 1 April. Working days 26 October 2018 to 1 April 2019:
        // Oct 4 + Nov 22 + Dec 21-2 (Christmas, Boxing Day) + Jan 23-1 (New Year) + Feb 20 + Mar 21 + Apr 1 = 109.
        assertEquals("Due 25 October 2018, 10 working days after the panel day (11 October 2018). Not returned as"
                + " at 31 March 2019: overdue by 109 working days.", form.status());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        kind.renderer(Format.DOCX).render(form, CONTEXT, out);
        String text = DocxProjection.project(out.toByteArray());
        assertTrue(text.contains("| Name of case worker | not recorded |"), text);
        assertTrue(text.contains("| Child name | Ruairí Ó Súilleabháin |"), text);
        assertTrue(text.contains("[field lead-person: Robin Ashe, Named GP]"), text);
        kind.renderer(Format.PDF).render(form, CONTEXT, new ByteArrayOutputStream());
    }
}
