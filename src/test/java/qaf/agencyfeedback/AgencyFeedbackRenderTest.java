package qaf.agencyfeedback;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.render.docx.DocxProjection;
import qaf.render.pdf.VeraPdf;
import qaf.testing.PdfText;

class AgencyFeedbackRenderTest {
    private static final RenderContext CONTEXT = new RenderContext(Instant.parse("2019-03-31T00:00:00Z"), "qaf test");

    private static byte[] render(Renderer<AgencyFeedbackDocument> renderer, AgencyFeedbackDocument doc)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(doc, CONTEXT, out);
        return out.toByteArray();
    }

    private static AgencyFeedbackDocument police() {
        return new AgencyFeedbackComposer().compose(FeedbackFixtures.PARTNERSHIP, FeedbackFixtures.findings(), "POL");
    }

    @Test
    void pdfIsAccessibleArchivalAndDeterministic() throws IOException {
        byte[] pdf = render(new AgencyFeedbackPdf(), police());
        VeraPdf.assertCompliant(pdf, "agency feedback");
        assertArrayEquals(pdf, render(new AgencyFeedbackPdf(), police()));
    }

    /** An agency with no action and no form due still gets every section, saying so. */
    @Test
    void emptySectionsSaySoInBothFormats() throws IOException {
        AgencyFeedbackDocument csc = police();
        AgencyFeedbackDocument bare = new AgencyFeedbackDocument(csc.meta(), csc.agencyName(), csc.leadPerson(),
                csc.covering(), csc.facts(), csc.grades(), csc.position(), csc.positionNote(),
                java.util.List.of(), java.util.List.of(), java.util.List.of());
        byte[] pdf = render(new AgencyFeedbackPdf(), bare);
        VeraPdf.assertCompliant(pdf, "agency feedback without actions or returns");
        for (String text : new String[] {PdfText.project(pdf), DocxProjection.project(render(new AgencyFeedbackDocx(),
                bare))}) {
            String folded = text.replaceAll("\\s+", " ");
            assertTrue(folded.contains("The evaluation's action plan holds no action for Kestrel Vale Police."), text);
            assertTrue(folded.contains("No close-the-loop form was due: no final grade of Kestrel Vale Police was"
                    + " requires improvement or inadequate."), text);
        }
    }
}
