package qaf.singleagencyoverview;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import qaf.render.RenderContext;
import qaf.document.BlockDocument;
import qaf.render.Format;
import qaf.render.docx.DocxProjection;
import qaf.render.pdf.VeraPdf;
import qaf.testing.PdfText;

class SingleAgencyOverviewRenderTest {
    private static final RenderContext CONTEXT = new RenderContext(Instant.parse("2019-03-31T00:00:00Z"), "qaf test");

    private static byte[] render(Format format, BlockDocument d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SingleAgencyOverviewKind().renderer(format).render(d, CONTEXT, out);
        return out.toByteArray();
    }

    @Test
    void pdfIsCompliantAndKeepsTheLongTextWhole() throws IOException {
        byte[] pdf = render(Format.PDF, SingleAgencyFixtures.document());
        VeraPdf.assertCompliant(pdf, "single agency overview");
        String text = PdfText.project(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains(SingleAgencyFixtures.LONG_ENDING), "the long recommendation is cut short");
        assertTrue(text.contains("No audit recorded for the year"));
    }

    @Test
    void docxKeepsTheLongTextWhole() throws IOException {
        byte[] docx = render(Format.DOCX, SingleAgencyFixtures.document());
        assertTrue(DocxProjection.project(docx).contains(SingleAgencyFixtures.LONG_ENDING));
    }

    @Test
    void aYearWithNoAuditsRendersPlainlyInBothFormats() throws IOException {
        BlockDocument empty = SingleAgencyFixtures.empty();
        byte[] pdf = render(Format.PDF, empty);
        VeraPdf.assertCompliant(pdf, "empty single agency overview");
        assertTrue(PdfText.project(pdf).replaceAll("\\s+", " ")
                .contains("No single agency audit was asked for in 2018-19."));
        byte[] docx = render(Format.DOCX, empty);
        assertTrue(DocxProjection.project(docx).replaceAll("\\s+", " ")
                .contains("No single agency audit was asked for in 2018-19."));
    }
}
