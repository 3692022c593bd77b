package qaf.annualaudit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.document.BlockDocument;
import qaf.render.Format;
import qaf.render.RenderContext;
import qaf.render.docx.DocxProjection;
import qaf.render.pdf.VeraPdf;
import qaf.testing.PdfText;

/** The annual report as PDF (PDF/A-2a and PDF/UA-1) and DOCX: the summary alone on page 1, an empty year plain. */
class AnnualAuditRenderTest {
    private static final RenderContext CONTEXT = new RenderContext(Instant.parse("2019-03-31T00:00:00Z"), "qaf test");

    private static byte[] render(BlockDocument d, Format format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnnualAuditKind().renderer(format).render(d, CONTEXT, out);
        return out.toByteArray();
    }

    @Test
    void pdfIsCompliantAndTheSummaryHasPageOneToItself() throws IOException {
        byte[] bytes = render(AnnualAuditFixtures.document(), Format.PDF);
        VeraPdf.assertCompliant(bytes, "annual-report-audit");
        String text = PdfText.project(bytes);
        String page1 = text.substring(0, text.indexOf("=== page 2 ==="));
        String page2 = text.substring(text.indexOf("=== page 2 ==="));
        assertTrue(page1.contains("Summary of the year") && page1.contains("Priorities arising from the data: 5"),
                page1);
        assertTrue(!page1.contains("Evaluations held") && page2.contains("Evaluations held"), text);
    }

    @Test
    void anEmptyYearIsCompliantAndSaysSo() throws IOException {
        BlockDocument d = AnnualAuditComposer.compose(AnnualAuditFixtures.input(
                List.of(AnnualAuditFixtures.earlier()), List.of()));
        byte[] bytes = render(d, Format.PDF);
        VeraPdf.assertCompliant(bytes, "annual-report-audit empty year");
        String text = PdfText.project(bytes).replaceAll("\\s+", " ");
        assertTrue(text.contains("No case evaluation had its panel day in 2018-19."), text);
        String docx = DocxProjection.project(render(d, Format.DOCX)).replaceAll("\\s+", " ");
        assertTrue(docx.contains("The year's data raise no priority"), docx);
    }
}
