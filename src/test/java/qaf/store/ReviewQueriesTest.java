package qaf.store;

import qaf.testing.Kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.analysis.review.Decision;
import qaf.analysis.review.Review;
import qaf.analysis.review.ReviewType;
import qaf.annualreviews.AnnualReviewsKind;
import qaf.document.BlockDocument;
import qaf.calendar.ReportingYear;
import qaf.ingest.Ingest;

/** Reviews read back with the child as its pseudonym; the kind composed from the store names no child. */
class ReviewQueriesTest {
    @TempDir
    Path dir;

    private Database small() throws IOException {
        Path data = dir.resolve("dataset");
        Files.createDirectories(data);
        write(data, "partnership.csv", "name,short_name,area\nTest Partnership,TP,Testshire\n");
        write(data, "agencies.csv", "code,name,sector,parent_code\nP,Police,police,\n");
        write(data, "children.csv", "child_ref,given_name,family_name,date_of_birth,gender,ethnicity,religion,"
                + "pseudonym\nK2,Zebedee,Quartermaine,2011-03-04,,,,Child Q\nK1,Ottoline,Vexley,2012-05-06,,,,\n");
        write(data, "reviews.csv", "review_ref,type,child_ref,agency_code,criterion,incident_on,aware_on,notified_on,"
                + "decision_on,decision,letter_on,reviewer,started_on,completed_on,published_on,summary,learning\n"
                + "SCR-2,scr,K2,,Serious harm,,2018-05-01,2018-05-04,2018-05-20,initiate,,,2018-06-01,,,,\"One\nTwo\"\n"
                + "CDR-1,child-death-review,,,Expected death,,2018-06-01,,,,,,,,,,\n");
        write(data, "actions.csv", "action_ref,source_kind,source_ref,agency_code,description,agreed_on,due_on,"
                + "status,completed_on,evidence,impact\n"
                + "A1,review,SCR-2,P,Share notes,2018-07-01,2018-09-30,open,,,\n");
        Database db = Database.open(dir.resolve("small.db"));
        Ingest.ingest(data, db);
        return db;
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void reviewsComeBackByRefWithPseudonymsOnly() throws IOException {
        try (Database db = small()) {
            assertEquals(List.of(
                    new Review("CDR-1", ReviewType.CHILD_DEATH_REVIEW, null, "Expected death", LocalDate.of(2018, 6, 1),
                            null, null, null, null, null, null, null),
                    new Review("SCR-2", ReviewType.SCR, "Child Q", "Serious harm", LocalDate.of(2018, 5, 1),
                            LocalDate.of(2018, 5, 4), Decision.INITIATE, LocalDate.of(2018, 5, 20), null,
                            LocalDate.of(2018, 6, 1), null, null, "One\nTwo", null, null)), ReviewQueries.reviews(db));
        }
    }

    @Test
    void theKindBuildsOneReportForAYearWithReviewsAndNamesNoChild() throws IOException {
        try (Database db = small()) {
            AnnualReviewsKind kind = new AnnualReviewsKind();
            ReportingYear year = new ReportingYear(2018, 4);
            assertEquals(List.of("2018-19"), Kinds.labels(kind, db, year));
            assertEquals(List.of(), Kinds.labels(kind, db, new ReportingYear(2016, 4)));
            BlockDocument d = Kinds.compose(kind, db, year, "2018-19");
            String all = d.body().toString();
            assertTrue(all.contains("Child Q"));
            assertTrue(all.contains("Red (182 days overdue)"), all);
            for (String personal : List.of("Zebedee", "Quartermaine", "Ottoline", "Vexley", "2011-03-04", "04/03/2011")) {
                assertFalse(all.contains(personal), personal);
            }
        }
    }

    /**
     * The committed sample's 2018-19 report: veraPDF-compliant, and no child's name or date of birth
     * (read from the sample's children.csv) appears in either format.
     */
    @Test
    void theSampleReportIsCompliantAndNamesNoChild() throws IOException {
        try (Database db = Database.open(dir.resolve("sample.db"))) {
            Ingest.ingest(Path.of("sample-data"), db);
            AnnualReviewsKind kind = new AnnualReviewsKind();
            ReportingYear year = new ReportingYear(2018, 4);
            BlockDocument d = Kinds.compose(kind, db, year, "2018-19");
            java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
            qaf.render.RenderContext context = new qaf.render.RenderContext(
                    java.time.Instant.parse("2019-03-31T00:00:00Z"), "qaf test");
            kind.renderer(qaf.render.Format.PDF).render(d, context, pdf);
            qaf.render.pdf.VeraPdf.assertCompliant(pdf.toByteArray(), "sample annual report (reviews)");
            java.io.ByteArrayOutputStream docx = new java.io.ByteArrayOutputStream();
            kind.renderer(qaf.render.Format.DOCX).render(d, context, docx);
            String text = qaf.testing.PdfText.project(pdf.toByteArray()) + "\n"
                    + qaf.render.docx.DocxProjection.project(docx.toByteArray());
            List<String> lines = Files.readAllLines(Path.of("sample-data", "children.csv"), StandardCharsets.UTF_8);
            List<String> header = List.of(lines.get(0).split(",", -1));
            int given = header.indexOf("given_name");
            int family = header.indexOf("family_name");
            int born = header.indexOf("date_of_birth");
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                String name = cells[given] + " " + cells[family];
                assertFalse(text.contains(name), "a child's name appears");
                LocalDate dob = LocalDate.parse(cells[born]);
                assertFalse(text.contains(dob.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                        "a child's date of birth appears");
            }
            assertTrue(text.contains("Child "), "pseudonyms are used");
        }
    }
}
