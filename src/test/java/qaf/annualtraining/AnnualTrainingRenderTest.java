package qaf.annualtraining;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.analysis.training.TrainingAnalysis;
import qaf.document.BlockDocument;
import qaf.analysis.briefing.BriefingUseRollup;
import qaf.render.Format;
import qaf.render.RenderContext;
import qaf.render.docx.DocxProjection;
import qaf.render.pdf.VeraPdf;
import qaf.testing.PdfText;

class AnnualTrainingRenderTest {
    private static final RenderContext CONTEXT = new RenderContext(Instant.parse("2019-03-31T00:00:00Z"), "qaf test");

    private static byte[] render(Format format, BlockDocument d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnnualTrainingKind().renderer(format).render(d, CONTEXT, out);
        return out.toByteArray();
    }

    @Test
    void pdfOfTheHandMadeYearIsCompliant() throws IOException {
        byte[] pdf = render(Format.PDF, TrainingFixtures.document());
        VeraPdf.assertCompliant(pdf, "annual training report");
        assertTrue(PdfText.project(pdf).contains("Neglect <&> ${theme}"), "markup-like text is shown as data");
    }

    @Test
    void aYearWithNothingRecordedRendersPlainlyInBothFormats() throws IOException {
        BlockDocument empty = AnnualTrainingComposer.compose(TrainingFixtures.PARTNERSHIP,
                TrainingFixtures.YEAR, TrainingAnalysis.analyse(TrainingFixtures.YEAR, List.of(), List.of(),
                        List.of(), TrainingFixtures.AGENCIES, List.of()),
                BriefingUseRollup.of(List.of(), List.of(), List.of()), 0);
        byte[] pdf = render(Format.PDF, empty);
        VeraPdf.assertCompliant(pdf, "empty annual training report");
        String sentence = "No learning event was held in the year.";
        assertTrue(PdfText.project(pdf).replaceAll("\\s+", " ").contains(sentence));
        assertTrue(DocxProjection.project(render(Format.DOCX, empty)).contains(sentence));
    }
}
