package qaf.annualreviews;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.analysis.review.ReviewAnalysis;
import qaf.analysis.review.ReviewFixtures;
import qaf.document.BlockDocument;
import qaf.render.Format;
import qaf.render.RenderContext;
import qaf.render.docx.DocxProjection;
import qaf.render.pdf.VeraPdf;
import qaf.testing.PdfText;

class AnnualReviewsRenderTest {
    private static final RenderContext CONTEXT = new RenderContext(Instant.parse("2019-03-31T00:00:00Z"), "qaf test");

    private static byte[] render(Format format, BlockDocument d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnnualReviewsKind().renderer(format).render(d, CONTEXT, out);
        return out.toByteArray();
    }

    @Test
    void pdfIsCompliantAndTheSummaryHasPageOneToItself() throws IOException {
        byte[] pdf = render(Format.PDF, AnnualReviewsFixtures.awkwardDocument());
        VeraPdf.assertCompliant(pdf, "annual report (reviews)");
        String text = PdfText.project(pdf);
        String first = text.substring(0, text.indexOf("=== page 2 ==="));
        assertTrue(first.contains("Summary") && first.contains("Priorities arising from these figures"), first);
        assertTrue(!first.contains("Review type") && text.contains("Review type"), "the body starts on page 2");
    }

    @Test
    void aYearWithNoReviewsRendersPlainlyInBothFormats() throws IOException {
        BlockDocument empty = AnnualReviewsComposer.compose("Test Partnership", ReviewFixtures.YEAR,
                ReviewAnalysis.analyse(List.of(), ReviewFixtures.YEAR, ReviewFixtures.WD),
                AnnualReviewsKind.reviewActions(List.of(), List.of(), ReviewFixtures.YEAR.end()));
        byte[] pdf = render(Format.PDF, empty);
        VeraPdf.assertCompliant(pdf, "empty annual report (reviews)");
        String sentence = "No review was completed or published in the year.";
        assertTrue(PdfText.project(pdf).replaceAll("\\s+", " ").contains(sentence));
        assertTrue(DocxProjection.project(render(Format.DOCX, empty)).replaceAll("\\s+", " ").contains(sentence));
    }
}
