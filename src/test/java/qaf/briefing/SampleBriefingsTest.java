package qaf.briefing;

import qaf.testing.Kinds;

import qaf.analysis.briefing.BriefingRecord;

import qaf.analysis.briefing.BriefingYear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.calendar.ReportingYear;
import qaf.calendar.StrictDates;
import qaf.ingest.Ingest;
import qaf.render.docx.DocxProjection;
import qaf.render.pdf.VeraPdf;
import qaf.store.BriefingQueries;
import qaf.store.Database;
import qaf.store.PartnershipQueries;
import qaf.testing.PrivacyScan;

/**
 * The committed sample's briefings through the store, the composer and both renderers: every
 * section's words on the page, no child's name or date of birth, and no exact date but the day of
 * publication anywhere in a briefing.
 */
class SampleBriefingsTest {
    private static final Path SAMPLE = Path.of("sample-data");
    /** Exact dates as people write them, to find any that reached a public document. */
    private static final Pattern EXACT_DATE = Pattern.compile("\\b(\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}"
            + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(st|nd|rd|th)? (January|February|March|April|May|June|July|August|"
            + "September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec) \\d{4})\\b");

    @TempDir
    static Path dir;

    private static Database db;

    @BeforeAll
    static void load() {
        db = Database.open(dir.resolve("qaf.db"));
        Ingest.ingest(SAMPLE, db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static ReportingYear year(BriefingRecord b) {
        ReportingYear latest = PartnershipQueries.latestYear(db, PartnershipQueries.partnership(db).yearStartMonth());
        return BriefingYear.of(b.publishedOn(), b.sourceDate(), latest);
    }

    @Test
    void everySampleBriefingIsBuiltInTheYearItWasPublished() {
        List<BriefingRecord> all = BriefingQueries.all(db);
        assertEquals(8, all.size());
        ReportingYear y = new ReportingYear(2018, PartnershipQueries.partnership(db).yearStartMonth());
        assertEquals(all.stream().map(BriefingRecord::ref).toList(), Kinds.labels(new BriefingKind(), db, y));
        assertEquals(List.of(), Kinds.labels(new BriefingKind(), db, y.previous()));
    }

    @Test
    void publicAndWhole() throws IOException {
        List<PrivacyScan.Child> children = sampleChildren();
        BriefingKind kind = new BriefingKind();
        int withFindings = 0;
        for (BriefingRecord row : BriefingQueries.all(db)) {
            SevenMinuteBriefing b = Kinds.compose(kind, db, year(row), row.ref());
            withFindings += b.findings() == null ? 0 : 1;
            byte[] pdf = BriefingRenderTest.pdf(b);
            VeraPdf.assertCompliant(pdf, row.ref());
            byte[] docx = BriefingRenderTest.docx(b);
            List<String> pages = BriefingRenderTest.pages(pdf);
            String pdfText = String.join("\n", pages);
            String docxText = DocxProjection.project(docx);
            assertEquals(1, pages.size(), row.ref() + " should fit one page");
            for (SevenMinuteBriefing.Panel p : b.panels()) {
                assertTrue(BriefingRenderTest.wordsInOrder(p.text(), pdfText), row.ref() + " section " + p.number());
                assertTrue(BriefingRenderTest.wordsInOrder(p.text(), docxText), row.ref() + " section " + p.number());
            }
            String published = row.publishedOn() == null ? null
                    : DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(row.publishedOn());
            for (String text : List.of(qaf.testing.PdfText.textAndMetadata(pdf), DocxProjection.allText(docx))) {
                assertEquals(List.of(), PrivacyScan.findings(text, children), row.ref());
            }
            for (String text : List.of(pdfText, docxText)) {
                Matcher m = EXACT_DATE.matcher(text);
                while (m.find()) {
                    assertEquals(published, m.group(), row.ref() + " shows an exact date other than its publication");
                }
            }
        }
        assertEquals(5, withFindings, "the five evaluation briefings show what the evaluation found");
    }

    @Test
    void theEvaluationFiguresComeFromTheData() {
        BriefingRecord row = BriefingQueries.briefing(db, "7MB-1819-01").orElseThrow();
        SevenMinuteBriefing b = Kinds.compose(new BriefingKind(), db, year(row), row.ref());
        SevenMinuteBriefing.Findings f = b.findings();
        assertNotNull(f);
        // Read independently from the CSV files: cases in the evaluation's sample, agency gradings, agencies.
        List<CSVRecord> cases = csv("evaluation_cases.csv").stream()
                .filter(r -> r.get("evaluation_ref").equals("MACE-1819-F1")).toList();
        List<CSVRecord> grades = csv("agency_evaluations.csv").stream()
                .filter(r -> r.get("evaluation_ref").equals("MACE-1819-F1")).toList();
        assertEquals(cases.size(), f.cases());
        assertEquals(grades.size(), f.gradings());
        assertEquals(grades.stream().map(r -> r.get("agency_code")).distinct().count(), f.agencies());
        long good = grades.stream().map(r -> r.get("panel_grade").isBlank() ? r.get("self_grade") : r.get("panel_grade"))
                .filter(g -> g.equals("good") || g.equals("outstanding")).count();
        assertEquals(good, f.goodOrBetter().numerator());
        assertFalse(f.improvementThemes().isEmpty());
    }

    private static List<CSVRecord> csv(String file) {
        try (Reader in = Files.newBufferedReader(SAMPLE.resolve(file), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<PrivacyScan.Child> sampleChildren() {
        List<PrivacyScan.Child> children = new ArrayList<>();
        for (CSVRecord r : csv("children.csv")) {
            children.add(new PrivacyScan.Child(r.get("child_ref"), r.get("given_name"), r.get("family_name"),
                    StrictDates.parse(r.get("date_of_birth"))));
        }
        assertFalse(children.isEmpty());
        return children;
    }
}
