package qaf.actiontracker;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import qaf.document.BlockDocument;
import qaf.render.Format;
import qaf.render.RenderContext;
import qaf.render.docx.DocxProjection;
import qaf.render.pdf.VeraPdf;
import qaf.testing.PdfText;

class ActionTrackerRenderTest {
    private static final RenderContext CONTEXT = new RenderContext(Instant.parse("2019-03-31T00:00:00Z"), "qaf test");

    private static byte[] render(Format format, BlockDocument d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ActionTrackerKind().renderer(format).render(d, CONTEXT, out);
        return out.toByteArray();
    }

    @Test
    void pdfIsCompliantAndShowsTheRagWordsNotOnlyColour() throws IOException {
        byte[] pdf = render(Format.PDF, ActionTrackerFixtures.document());
        VeraPdf.assertCompliant(pdf, "action tracker");
        String text = PdfText.project(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains("Cancelled Not rated"), text);
        assertTrue(text.contains("Open Red 59"), text);
        assertTrue(text.contains("Open Amber"), text);
        assertTrue(text.contains("Overdue (red)"), text);
        assertTrue(text.contains("Partnership-wide"), text);
    }

    @Test
    void anEmptyRegisterRendersPlainlyInBothFormats() throws IOException {
        BlockDocument empty = ActionTrackerFixtures.empty();
        byte[] pdf = render(Format.PDF, empty);
        VeraPdf.assertCompliant(pdf, "empty action tracker");
        assertTrue(PdfText.project(pdf).contains("No action is recorded."));
        assertTrue(DocxProjection.project(render(Format.DOCX, empty)).contains("No action is recorded."));
    }

    @Test
    void sameDocumentGivesIdenticalBytes() throws IOException {
        BlockDocument d = ActionTrackerFixtures.document();
        assertTrue(java.util.Arrays.equals(render(Format.PDF, d), render(Format.PDF, d)));
        assertTrue(java.util.Arrays.equals(render(Format.DOCX, d), render(Format.DOCX, d)));
    }
}
