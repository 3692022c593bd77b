package qaf.closetheloop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.agencyfeedback.FeedbackFixtures;
import qaf.closetheloop.CloseTheLoopDocument.Field;
import qaf.closetheloop.CloseTheLoopDocument.Kind;
import qaf.closetheloop.CloseTheLoopDocument.Section;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.render.docx.DocxProjection;
import qaf.render.pdf.VeraPdf;
import qaf.testing.PdfText;

class CloseTheLoopRenderTest {
    private static final RenderContext CONTEXT = new RenderContext(Instant.parse("2019-03-31T00:00:00Z"), "qaf test");
    private static final Path SAMPLES = Path.of(System.getProperty("qaf.samples", "target/pdf-samples"));

    private static byte[] render(Renderer<CloseTheLoopDocument> renderer, CloseTheLoopDocument doc)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(doc, CONTEXT, out);
        return out.toByteArray();
    }

    private static CloseTheLoopDocument form(String caseRef, String agency) {
        return new CloseTheLoopComposer().compose(FeedbackFixtures.PARTNERSHIP, FeedbackFixtures.findings(), caseRef,
                agency, FeedbackFixtures.children());
    }

    @Test
    void blankAndReturnedFormsAreAccessibleArchivalPdfs() throws IOException {
        byte[] blank = render(new CloseTheLoopPdf(), form("C2", "POL"));
        VeraPdf.assertCompliant(blank, "blank close-the-loop form");
        assertArrayEquals(blank, render(new CloseTheLoopPdf(), form("C2", "POL")));
        VeraPdf.assertCompliant(render(new CloseTheLoopPdf(), form("C1", "POL")), "returned close-the-loop form");
    }

    /** Every answer to give is a tagged content control; facts are not. */
    @Test
    void wordFormHasAControlForEveryAnswer() throws IOException {
        String text = DocxProjection.project(render(new CloseTheLoopDocx(), form("C2", "POL")));
        for (String tag : List.of("lead-person", "date-completed", "date-reviewed", "present", "overview",
                "reflections", "learning", "actions", "completed")) {
            assertTrue(text.contains("[field " + tag + ", empty: "), tag + " in\n" + text);
        }
        assertTrue(text.contains("[field lead-person, empty: Not recorded: enter the lead person.]"), text);
        assertTrue(text.contains("[choice worker-notified, empty: Choose Yes or No.; options: Yes | No]"), text);
        assertTrue(!text.contains("[field case-worker"), text);
    }

    /** A long returned answer in any script grows its box across pages instead of being cut. */
    @Test
    void longAnswersInAnyScriptFlowOntoTheNextPage() throws IOException {
        CloseTheLoopDocument f = form("C1", "POL");
        StringBuilder answer = new StringBuilder();
        while (answer.length() < 8_000) {
            answer.append("Reflection ").append(answer.length())
                    .append(": Zoë said صوت الطفل 😢 <&> ${x}. ");
        }
        answer.append("The very last words.");
        List<Section> sections = f.sections().stream().map(s -> !s.heading().equals("Reflections") ? s
                : new Section(s.heading(), s.guidance(), List.of(new Field("Reflections", "reflections", Kind.AREA,
                        answer.toString(), false, List.of())))).toList();
        CloseTheLoopDocument awkward = new CloseTheLoopDocument(f.meta(), f.purpose(), f.status(), sections);
        byte[] pdf = render(new CloseTheLoopPdf(), awkward);
        VeraPdf.assertCompliant(pdf, "close-the-loop form with a long answer");
        // Kept for people to look at (a box continuing over a page break); not part of the assertion.
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve("close-the-loop-long-answer.pdf"), pdf);
        // A line mixing Arabic and English is a shaped run whose logical text is its /ActualText; PDFBox's
        // plain stripper re-applies bidi order to it, so the last words are looked for in both.
        String text = PdfText.project(pdf).replaceAll("\\s+", " ");
        String logical = qaf.render.pdf.EmbeddedGlyphs.actualTexts(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains("The very last words.") || logical.contains("The very last words."),
                logical.substring(Math.max(0, logical.length() - 800)));
        assertTrue(DocxProjection.project(render(new CloseTheLoopDocx(), awkward)).contains("The very last words."));
    }
}
