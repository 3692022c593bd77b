package qaf.store;

import qaf.testing.Kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.analysis.training.EventAttendance;
import qaf.analysis.training.FeedbackResponse;
import qaf.analysis.training.LearningEvent;
import qaf.analysis.training.LearningNeed;
import qaf.annualtraining.AnnualTrainingKind;
import qaf.document.BlockDocument;
import qaf.calendar.ReportingYear;
import qaf.ingest.Ingest;
import qaf.render.Format;
import qaf.render.RenderContext;
import qaf.render.pdf.VeraPdf;
import qaf.testing.PdfText;

/** Training data as a partnership sends it, through the store and the kind. */
class TrainingQueriesTest {
    private static final ReportingYear YEAR = new ReportingYear(2018, 4);

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
        write(data, "agencies.csv", "code,name,sector\nKVP,Kestrel Vale Police,police\n"
                + "CSC,Children's Social Care,social-care\nYJS,Youth Justice Service,youth-justice\n");
        write(data, "children.csv", "child_ref,given_name,family_name,date_of_birth\nCH1,Zoë,Wiśniewska,14/03/2009\n");
        write(data, "cases.csv", "case_ref,child_ref,case_type,opened_on\nC1,CH1,cp,2017-01-10\n");
        write(data, "evaluations.csv", "evaluation_ref,kind,theme,starts_on,panel_on\n"
                + "E1,condensed,Neglect,2018-10-01,2018-10-11\n");
        write(data, "evaluation_cases.csv", "evaluation_ref,case_ref\nE1,C1\n");
        write(data, "agency_evaluations.csv", "evaluation_ref,case_ref,agency_code,self_grade\nE1,C1,KVP,good\n");
        write(data, "reviews.csv", "review_ref,type,aware_on,completed_on,learning\n"
                + "R1,scr,2017-08-14,2018-12-01,Check the home at every visit.\n"
                + "R2,rapid-review,2018-05-01,2018-06-01,\n"
                + "R3,scr,2018-01-01,2019-05-12,Later learning.\n");
        write(data, "learning_events.csv", "event_ref,kind,title,theme,held_on,source_ref\n"
                + "L1,course,Neglect course,neglect,2018-11-01,\n"
                + "L2,webinar,Next year's webinar,,2019-04-02,\n"
                + "L3,conference,Home visits,,2018-04-01,R1\n");
        write(data, "attendance.csv", "event_ref,agency_code,attendees\nL1,KVP,4\nL1,CSC,0\nL2,CSC,3\nL3,YJS,2\n");
        write(data, "event_feedback.csv",
                "event_ref,respondent_ref,agency_code,rating,confidence_before,confidence_after,comment\n"
                        + "L1,F1,KVP,4,2,3,Zoë Wiśniewska's case was discussed\n"
                        + "L2,F2,,5,,,\n"
                        + "L3,F3,,3,,4,\n");
        db = Database.open(dir.resolve("qaf.db"));
        try {
            Ingest.ingest(data, db);
        } catch (qaf.ingest.IngestRejected e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void readsTheYearsEventsAttendanceAndFeedback() {
        assertTrue(TrainingQueries.anyEvents(db));
        assertEquals(List.of(
                new LearningEvent("L3", "conference", "Home visits", "", LocalDate.of(2018, 4, 1), "R1"),
                new LearningEvent("L1", "course", "Neglect course", "neglect", LocalDate.of(2018, 11, 1), "")),
                TrainingQueries.events(db, YEAR));
        assertEquals(List.of(new EventAttendance("L1", "CSC", 0), new EventAttendance("L1", "KVP", 4),
                new EventAttendance("L3", "YJS", 2)), TrainingQueries.attendance(db, YEAR));
        assertEquals(List.of(new FeedbackResponse("L1", "F1", "KVP", 4, 2, 3, "Zoë Wiśniewska's case was discussed"),
                new FeedbackResponse("L3", "F3", null, 3, null, 4)), TrainingQueries.feedback(db, YEAR));
    }

    @Test
    void needsAreTheYearsEvaluationsAndReviewsWithLearning() {
        // R2 recorded no learning; R3 was completed in the next year.
        assertEquals(List.of(
                new LearningNeed("E1", LearningNeed.Source.EVALUATION, "Neglect", LocalDate.of(2018, 10, 11)),
                new LearningNeed("R1", LearningNeed.Source.REVIEW, "Serious case review", LocalDate.of(2018, 12, 1))),
                TrainingQueries.needs(db, YEAR, qaf.terms.Terms.FRAMEWORK));
    }

    @Test
    void theKindBuildsOneCompliantReportPerYearWithoutPersonalData() throws IOException {
        AnnualTrainingKind kind = new AnnualTrainingKind();
        assertEquals(List.of("2018-19"), Kinds.labels(kind, db, YEAR));
        BlockDocument doc = Kinds.compose(kind, db, YEAR, "2018-19");
        assertEquals("annual-report-training-2018-19", doc.name());
        RenderContext context = new RenderContext(Instant.parse("2019-03-31T00:00:00Z"), "qaf test");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        kind.renderer(Format.PDF).render(doc, context, pdf);
        VeraPdf.assertCompliant(pdf.toByteArray(), "annual training report");
        String text = PdfText.project(pdf.toByteArray()).replaceAll("\\s+", " ");
        // L1 addresses E1 by theme, L3 addresses R1 by source; 1 of 2 respondents scored both.
        assertTrue(text.contains("Learning needs addressed by an event 2 of 2"), text);
        assertTrue(text.contains("1 of 2 respondents scored their confidence"), text);
        assertTrue(text.contains("Agencies reached by an event 2 of 3; 1 agency absent"), text);
        // The comment is shown; the build's privacy screen (pipeline) replaces the child's name in it, and the
        // store's children are what it matches: PrivacyScreenTest#theTrainingReportsCommentsAreScreened.
        assertTrue(text.contains("case was discussed"), text);
        assertFalse(qaf.privacy.ChildMatcher.of(ChildQueries.identities(db), ChildQueries.professionals(db))
                .find(doc.toString()).isEmpty(), "the screen finds the child named in the comment");
        assertFalse(text.contains("Next year's webinar"));
    }
}
