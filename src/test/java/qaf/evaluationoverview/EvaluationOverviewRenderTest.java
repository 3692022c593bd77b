package qaf.evaluationoverview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.render.Format;
import qaf.render.RenderContext;
import qaf.render.docx.DocxProjection;
import qaf.render.pdf.VeraPdf;
import qaf.testing.PdfText;

/** Both formats of the awkward, empty and wide evaluations: accessible, complete and plain about gaps. */
class EvaluationOverviewRenderTest {
    private static final RenderContext CONTEXT = new RenderContext(Instant.parse("2019-04-01T08:00:00Z"), "qaf 0.1.0");
    /** Where rendered samples go for people to look at; not part of the build. */
    private static final Path SAMPLES = Path.of(System.getProperty("qaf.samples", "target/pdf-samples"));

    private static byte[] render(qaf.document.BlockDocument o, Format format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EvaluationOverviewKind().renderer(format).render(o, CONTEXT, out);
        return out.toByteArray();
    }

    private static String text(byte[] bytes, Format format) {
        String text = format == Format.PDF ? PdfText.project(bytes) : DocxProjection.project(bytes);
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void awkwardEvaluationIsCompliantAndStatesEveryGap() throws IOException {
        qaf.document.BlockDocument o = OverviewFixtures.compose(OverviewFixtures.awkward());
        byte[] pdf = render(o, Format.PDF);
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve("evaluation-overview-awkward.pdf"), pdf);
        VeraPdf.assertCompliant(pdf, "awkward evaluation overview");
        for (Format format : Format.values()) {
            String text = text(format == Format.PDF ? pdf : render(o, format), format);
            for (String phrase : List.of("Neglect & \"missed\" <appointments>", "Statuses as at 31 March 2019",
                    "Good \u2192 RI \u25BC \u2691", "RI \u2192 Good \u25B2", "\u2691 No rationale recorded",
                    "Evidence at panel showed prompt visits.", "No agency has graded its involvement in case C-03.",
                    "Kestrel Vale Police graded its involvement in case C-01 but sent no chronology entries.",
                    "11\u201315", "16\u201317", "None graded", "Partly evidenced", "School kept Child A safe.",
                    "Not complete at 31/03/2019 \u2013 overdue (completed 10/04/2019)", "All agencies",
                    "Bar chart of 4 grades")) {
                if (format == Format.PDF && phrase.startsWith("Bar chart")) {
                    continue; // the PDF's alt text is in the structure tree, not the page text
                }
                assertTrue(text.contains(phrase), format + " does not show \"" + phrase + "\"");
            }
            // Never a date of birth or case worker in a board document.
            for (String secret : List.of("10/01/2005", "2005", "Worker Name", "Manager Name")) {
                assertFalse(text.contains(secret), format + " shows " + secret);
            }
        }
    }

    @Test
    void evaluationWithNoCasesRendersPlainlyInBothFormats() throws IOException {
        qaf.document.BlockDocument o = OverviewFixtures.compose(OverviewFixtures.empty());
        byte[] pdf = render(o, Format.PDF);
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve("evaluation-overview-empty.pdf"), pdf);
        VeraPdf.assertCompliant(pdf, "empty evaluation overview");
        for (Format format : Format.values()) {
            String text = text(format == Format.PDF ? pdf : render(o, format), format);
            for (String phrase : List.of("The evaluation has no cases in its sample.",
                    "No agency graded any case of this evaluation.", "no close-the-loop forms were expected",
                    "No actions have been recorded", "Evaluation E-EMPTY has no cases in its sample.")) {
                assertTrue(text.contains(phrase), format + " does not show \"" + phrase + "\"");
            }
        }
    }

    @Test
    void eightCasesPrintTheMatrixInTwoPartsAndTheSameBytesTwice() throws IOException {
        qaf.document.BlockDocument o = OverviewFixtures.compose(OverviewFixtures.large(8, 4));
        byte[] pdf = render(o, Format.PDF);
        assertArrayEquals(pdf, render(o, Format.PDF));
        assertArrayEquals(render(o, Format.DOCX), render(o, Format.DOCX));
        VeraPdf.assertCompliant(pdf, "eight-case evaluation overview");
        for (Format format : Format.values()) {
            String text = text(format == Format.PDF ? pdf : render(o, format), format);
            assertTrue(text.contains("Cases, part 1 of 2"), format.toString());
            assertTrue(text.contains("Cases, part 2 of 2"), format.toString());
            assertTrue(text.contains("C-08"), format.toString());
        }
    }

    @Test
    void docxHeadingsNeverSkipALevel() throws IOException {
        List<String> headings = Arrays.stream(DocxProjection.project(render(OverviewFixtures.compose(
                OverviewFixtures.awkward()), Format.DOCX)).split("\n")).filter(l -> l.startsWith("#")).toList();
        assertEquals(List.of("# About this evaluation", "# Timetable compliance", "# The case sample",
                "# Grades by agency and case", "# Grade distribution", "# Regrading by agency",
                "## The panel's rationales", "# Partnership effectiveness and the child's voice",
                "# Strengths and areas for improvement", "# Thematic action plan", "# Close-the-loop compliance",
                "# Gaps in the data"), headings);
    }
}
