package qaf.singleagencyoverview;

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

class SingleAgencyOverviewRenderTest {
    private static final RenderContext CONTEXT = new RenderContext(Instant.parse("2019-03-31T00:00:00Z"), "qaf test");

    private static byte[] render(Renderer<SingleAgencyOverviewDocument> r, SingleAgencyOverviewDocument d)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.render(d, CONTEXT, out);
        return out.toByteArray();
    }

    @Test
    void pdfIsCompliantAndKeepsTheLongTextWhole() throws IOException {
        byte[] pdf = render(new SingleAgencyOverviewPdf(), SingleAgencyFixtures.document());
        VeraPdf.assertCompliant(pdf, "single agency overview");
        String text = PdfText.project(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains(SingleAgencyFixtures.LONG_ENDING), "the long recommendation is cut short");
        assertTrue(text.contains("No audit recorded for the year"));
    }

    @Test
    void docxKeepsTheLongTextWhole() throws IOException {
        byte[] docx = render(new SingleAgencyOverviewDocx(), SingleAgencyFixtures.document());
        assertTrue(DocxProjection.project(docx).contains(SingleAgencyFixtures.LONG_ENDING));
    }

    @Test
    void aYearWithNoAuditsRendersPlainlyInBothFormats() throws IOException {
        SingleAgencyOverviewDocument empty = SingleAgencyFixtures.empty();
        byte[] pdf = render(new SingleAgencyOverviewPdf(), empty);
        VeraPdf.assertCompliant(pdf, "empty single agency overview");
        assertTrue(PdfText.project(pdf).replaceAll("\\s+", " ")
                .contains("No single agency audit was asked for in 2018-19."));
        byte[] docx = render(new SingleAgencyOverviewDocx(), empty);
        assertTrue(DocxProjection.project(docx).replaceAll("\\s+", " ")
                .contains("No single agency audit was asked for in 2018-19."));
    }
}
