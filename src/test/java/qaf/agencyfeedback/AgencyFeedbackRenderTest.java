package qaf.agencyfeedback;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.document.BlockDocument;
import qaf.render.Format;
import qaf.render.RenderContext;
import qaf.render.docx.DocxProjection;
import qaf.render.pdf.VeraPdf;
import qaf.testing.PdfText;

class AgencyFeedbackRenderTest {
    private static final RenderContext CONTEXT = new RenderContext(Instant.parse("2019-03-31T00:00:00Z"), "qaf test");

    private static byte[] render(Format format, BlockDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AgencyFeedbackKind().renderer(format).render(doc, CONTEXT, out);
        return out.toByteArray();
    }

    private static BlockDocument police() {
        return new AgencyFeedbackComposer().compose(FeedbackFixtures.PARTNERSHIP, FeedbackFixtures.findings(), "POL");
    }

    @Test
    void pdfIsAccessibleArchivalAndDeterministic() throws IOException {
        byte[] pdf = render(Format.PDF, police());
        VeraPdf.assertCompliant(pdf, "agency feedback");
        assertArrayEquals(pdf, render(Format.PDF, police()));
    }

    /**
     * An agency with no action and no form due still gets every section, saying so: the social care
     * without its one action and without case C3 (its only requires-improvement final grade).
     */
    @Test
    void emptySectionsSaySoInBothFormats() throws IOException {
        EvaluationData d = FeedbackFixtures.data();
        EvaluationData bare = new EvaluationData(d.evaluation(), d.cases(),
                d.grades().stream().filter(g -> !g.caseRef().equals("C3")).toList(),
                d.returns().stream().filter(r -> !r.caseRef().equals("C3")).toList(), List.of());
        BlockDocument csc = new AgencyFeedbackComposer().compose(FeedbackFixtures.PARTNERSHIP,
                EvaluationFindings.of(bare, FeedbackFixtures.ENGLAND, FeedbackFixtures.AS_OF), "CSC");
        byte[] pdf = render(Format.PDF, csc);
        VeraPdf.assertCompliant(pdf, "agency feedback without actions or returns");
        for (String text : new String[] {PdfText.project(pdf), DocxProjection.project(render(Format.DOCX, csc))}) {
            String folded = text.replaceAll("\\s+", " ");
            assertTrue(folded.contains("The evaluation's action plan holds no action for Children's Social Care."),
                    text);
            assertTrue(folded.contains("No close-the-loop form was due: no final grade of Children's Social Care was"
                    + " requires improvement or inadequate."), text);
            assertTrue(folded.contains("No close-the-loop form was due from Children's Social Care."), text);
        }
    }

    /** A regraded row's long rationale is printed in full in both formats, its last words included. */
    @Test
    void aLongRationaleOnARegradedRowIsNeverCutShort() throws IOException {
        // A rationale of the sample whose last line was once lost from a bold row of the PDF.
        String rationale = "Evidence presented at panel showed information was not shared with the lead"
                + " professional; regraded.";
        EvaluationData d = FeedbackFixtures.data();
        List<AgencyGrade> grades = d.grades().stream().map(g -> !g.caseRef().equals("C3") || !g.agencyCode()
                .equals("CSC") ? g : new AgencyGrade(g.evaluationRef(), g.caseRef(), g.agencyCode(), g.agencyName(),
                        g.sector(), g.leadPerson(), g.selfGrade(), qaf.analysis.evaluation.Grade.INADEQUATE, rationale,
                        g.chronologySubmittedOn(), g.evaluationSubmittedOn(), g.strengths(), g.improvements(),
                        g.chronologyEntries())).toList();
        BlockDocument csc = new AgencyFeedbackComposer().compose(FeedbackFixtures.PARTNERSHIP,
                EvaluationFindings.of(new EvaluationData(d.evaluation(), d.cases(), grades, d.returns(), d.actions()),
                        FeedbackFixtures.ENGLAND, FeedbackFixtures.AS_OF), "CSC");
        for (Format format : Format.values()) {
            byte[] bytes = render(format, csc);
            String text = (format == Format.PDF ? PdfText.project(bytes) : DocxProjection.project(bytes))
                    .replaceAll("\\s+", " ");
            assertTrue(text.contains("with the lead professional; regraded."), format + ": " + text);
        }
    }
}
