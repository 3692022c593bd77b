package qaf.render.pdf;


import qaf.document.BlockDocument;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import qaf.render.RenderContext;
import qaf.s11overview.S11Fixtures;
import qaf.schoolsoverview.SchoolsFixtures;
import qaf.testing.PdfText;

/** Both overviews, bad input included, render as PDF/A-2a + PDF/UA-1 and show the awkward cases plainly. */
class BlockPdfTest {
    private static final RenderContext CONTEXT = new RenderContext(Instant.parse("2019-03-31T00:00:00Z"), "qaf test");
    private static final Path SAMPLES = Path.of(System.getProperty("qaf.samples", "target/pdf-samples"));

    private static byte[] pdf(BlockDocument d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BlockPdf().render(d, CONTEXT, out);
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve(d.meta().kind() + "-" + d.name() + ".pdf"), out.toByteArray());
        return out.toByteArray();
    }

    @Test
    void section11WithBadInputIsCompliantAndSaysWhatIsMissing() throws IOException {
        byte[] bytes = pdf(S11Fixtures.awkwardDocument());
        VeraPdf.assertCompliant(bytes, "s11-overview awkward");
        String text = PdfText.project(bytes).replaceAll("\\s+", " ");
        assertTrue(text.contains("Beta Agency (BBB) submitted a return with no scores."), text);
        assertTrue(text.contains("Standard 8 (Equality of opportunity) was scored by nobody"), text);
        assertTrue(text.contains("2\u21921"), text);
    }

    @Test
    void section11WithOneReturnIsCompliant() throws IOException {
        byte[] bytes = pdf(S11Fixtures.singleReturnDocument());
        VeraPdf.assertCompliant(bytes, "s11-overview single return");
        assertTrue(PdfText.project(bytes).replaceAll("\\s+", " ").contains("Only one return has been submitted"));
    }

    @Test
    void schoolsIsCompliant() throws IOException {
        byte[] bytes = pdf(SchoolsFixtures.awkwardDocument());
        VeraPdf.assertCompliant(bytes, "schools-overview awkward");
        assertTrue(PdfText.project(bytes).replaceAll("\\s+", " ").contains("Amber in 3 areas (1, 2 and 3)"));
    }
}
