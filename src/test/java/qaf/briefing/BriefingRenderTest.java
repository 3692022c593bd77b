package qaf.briefing;

import qaf.analysis.briefing.BriefingSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import qaf.render.RenderContext;
import qaf.render.docx.DocxProjection;
import qaf.render.pdf.GlyphSubstitution;
import qaf.render.pdf.VeraPdf;

class BriefingRenderTest {
    private static final RenderContext CONTEXT = new RenderContext(Instant.parse("2019-03-31T00:00:00Z"), "qaf test");
    /** Where rendered samples go for people to look at; not part of the build. */
    private static final Path SAMPLES = Path.of(System.getProperty("qaf.samples", "target/briefing-samples"));

    static byte[] pdf(SevenMinuteBriefing b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BriefingPdf().render(b, CONTEXT, out);
        return out.toByteArray();
    }

    static byte[] docx(SevenMinuteBriefing b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BriefingBlocks.docx().render(b, CONTEXT, out);
        return out.toByteArray();
    }

    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    /**
     * True when every word of {@code text} occurs in {@code document}, in order (other words may come
     * between). A line broken after a hyphen ("self-" / "evaluations") is joined again first.
     */
    static boolean wordsInOrder(String text, String document) {
        List<String> haystack = Arrays.asList(document.replaceAll("(?<=\\w-)[ \\t]*\\R\\s*", "").split("\\s+"));
        int at = 0;
        for (String word : text.strip().split("\\s+")) {
            while (at < haystack.size() && !haystack.get(at).equals(word)) {
                at++;
            }
            if (at == haystack.size()) {
                return false;
            }
            at++;
        }
        return true;
    }

    private static void sample(String name, byte[] bytes) throws IOException {
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve(name), bytes);
    }

    @Test
    void aShortBriefingIsOneCompliantPageWithSevenNumberedPanelsAndTheFindings() throws IOException {
        SevenMinuteBriefing b = new BriefingComposer().compose(
                BriefingFixtures.evaluationBriefing(BriefingFixtures.sevenSections()));
        byte[] pdf = pdf(b);
        sample("short.pdf", pdf);
        VeraPdf.assertCompliant(pdf, "short briefing");
        List<String> pages = pages(pdf);
        assertEquals(1, pages.size());
        String page = pages.get(0).replaceAll("\\s+", " ");
        for (SevenMinuteBriefing.Panel p : b.panels()) {
            assertTrue(page.contains(p.heading()), p.heading());
            assertTrue(wordsInOrder(p.text(), page), "section " + p.number() + " is not all on the page");
        }
        assertTrue(page.contains("What the evaluation found"));
        assertTrue(page.contains("67% of agency involvement graded good or better"), page);
        assertTrue(page.contains("Who brings the child? <&> ${who}?"));
        assertFalse(page.contains("OFFICIAL"), "a public document carries no marking");
        assertFalse(page.contains("continued overleaf"));
        // Short sections get the largest size.
        assertEquals(PanelFit.MAX_SIZE, BriefingPdf.layout(b, GlyphSubstitution.forDejaVuSans()).size());
    }

    @Test
    void aThreeThousandWordSectionFlowsOnAndNoWordIsLost() throws IOException {
        SevenMinuteBriefing b = new BriefingComposer().compose(BriefingFixtures.longBriefing());
        BriefingPdf.Layout layout = BriefingPdf.layout(b, GlyphSubstitution.forDejaVuSans());
        // The other sections are long too, so the type comes down, but never below 8 pt.
        assertTrue(layout.size() >= PanelFit.MIN_SIZE && layout.size() < PanelFit.MAX_SIZE, "size " + layout.size());
        assertEquals(List.of("4. Heading 4 (in full)"), layout.continued().stream().map(BriefingPdf.Continued::heading)
                .toList());

        byte[] pdf = pdf(b);
        sample("long.pdf", pdf);
        VeraPdf.assertCompliant(pdf, "long briefing");
        List<String> pages = pages(pdf);
        assertTrue(pages.size() >= 3, "3,000 words at 10 pt need more than one extra page: " + pages.size());
        String first = pages.get(0);
        assertTrue(first.contains("continued overleaf"));
        for (SevenMinuteBriefing.Panel p : b.panels()) {
            assertTrue(first.contains(p.number() + "\n") || first.contains(p.number() + " "), "number " + p.number());
        }
        String all = String.join("\n", pages);
        String fourth = b.panels().get(3).text();
        assertEquals(3_000, fourth.split(" ").length);
        assertTrue(all.replaceAll("\\s+", " ").contains(BriefingFixtures.LONG_ENDING), "the last words are missing");
        String rest = String.join("\n", pages.subList(1, pages.size()));
        assertTrue(wordsInOrder(fourth, rest), "section 4 is not whole after the designed page");
        for (SevenMinuteBriefing.Panel p : b.panels()) {
            if (p.number() != 4) {
                assertTrue(wordsInOrder(p.text(), first), "section " + p.number() + " lost words on page 1");
            }
        }

        byte[] docx = docx(b);
        sample("long.docx", docx);
        String text = DocxProjection.project(docx);
        assertTrue(text.replaceAll("\\s+", " ").contains(BriefingFixtures.LONG_ENDING));
    }

    @Test
    void badInputRendersPlainlyInBothFormats() throws IOException {
        List<BriefingSource.Section> sections = List.of(new BriefingSource.Section(1, "Only one", "Text."),
                new BriefingSource.Section(2, "Empty", ""));
        BriefingSource s = new BriefingSource(BriefingFixtures.PARTNERSHIP, "7MB-BAD", "Broken briefing", "evaluation",
                "MACE-NOPE", null, sections, null, null, List.of());
        SevenMinuteBriefing b = new BriefingComposer().compose(s);
        byte[] pdf = pdf(b);
        sample("bad.pdf", pdf);
        VeraPdf.assertCompliant(pdf, "bad briefing");
        String page = String.join("\n", pages(pdf)).replaceAll("\\s+", " ");
        assertTrue(page.contains("About this briefing"));
        assertTrue(page.contains("This section has not been written."));
        assertTrue(page.contains("This section is empty."));
        assertTrue(page.contains("The source evaluation MACE-NOPE is not in the data"), page);
        assertTrue(page.contains("sections 3, 4, 5, 6 and 7 are missing"), page);

        String docx = DocxProjection.project(docx(b));
        sample("bad.docx", docx(b));
        assertTrue(docx.contains("The source evaluation MACE-NOPE is not in the data"), docx);
        assertTrue(docx.contains("# 7. Section 7"), docx);
    }

    @Test
    void theTextOnlyVersionHasAHeadingPerSectionInOrder() throws IOException {
        SevenMinuteBriefing b = new BriefingComposer().compose(
                BriefingFixtures.evaluationBriefing(BriefingFixtures.sevenSections()));
        byte[] bytes = docx(b);
        sample("short.docx", bytes);
        String text = DocxProjection.project(bytes);
        List<String> headings = text.lines().filter(l -> l.startsWith("#")).toList();
        assertEquals(List.of("# 1. Background", "# 2. Key messages", "# 3. Why it matters", "# 4. What to do",
                "# 5. Questions", "# 6. Contacts", "# 7. Resources", "# What the evaluation found"), headings);
        assertTrue(text.contains("- Plans drifted (3 cases)"), text);
        assertFalse(text.contains("[header] OFFICIAL"), text);
    }
}
