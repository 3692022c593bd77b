package qaf.render.pdf;


import qaf.document.BlockDocument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.document.TableLayout;
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

    /**
     * A table that runs over pages repeats its header row at the top of each (as the DOCX does with
     * w:tblHeader), and the repeat is an artifact: the tagged table has its header row once.
     */
    @Test
    void aTableOverSeveralPagesRepeatsItsHeaderOnEachAndTagsItOnce() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of("ACT-" + i, "Eastmarch Community Health", "Audit ten assessments of Ciarán Ó Súilleabháin's"
                    + " team", Integer.toString(i)));
        }
        DocumentMeta meta = new DocumentMeta("action-tracker", "Kestrel Vale SCP", "Long table", "", Audience.BOARD,
                List.of());
        BlockDocument d = new BlockDocument(meta, "long-table", "Statuses as at 31 March 2019", List.of(
                new Block.Heading(1, "Actions"),
                new Block.Table(new DataTable("actions", List.of("Ref", "Owner", "Action", "Days"), rows),
                        TableLayout.FOUR, 3)));
        byte[] bytes = pdf(d);
        VeraPdf.assertCompliant(bytes, "long table");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 3, "the table runs over " + pages + " pages");
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc);
                assertTrue(text.contains("Ref Owner Action Days"), "page " + page + " has the header:\n" + text);
            }
            List<String> headerCells = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), "TH", headerCells);
            assertEquals(4, headerCells.size(), "the structure tree holds the header row once: " + headerCells);
        }
    }

    /**
     * Wherever the page ends, a heading and its lead-in stay on the page of their table's header row:
     * the heading is swept across the foot of the first page by the paragraphs above it.
     */
    @Test
    void aHeadingNeverEndsAPageAboveItsTable() throws IOException {
        DocumentMeta meta = new DocumentMeta("action-tracker", "Kestrel Vale SCP", "Heading and table", "",
                Audience.BOARD, List.of());
        List<List<String>> rows = List.of(List.of("ACT-1", "Kestrel Vale Police", "Review the missed visits.", "3"),
                List.of("ACT-2", "Eastmarch Community Health", "Publish a briefing.", "0"));
        int stranded = 0;
        for (int fillers = 34; fillers <= 48; fillers++) {
            List<Block> body = new ArrayList<>();
            for (int i = 0; i < fillers; i++) {
                body.add(new Block.Paragraph("Paragraph " + (i + 1) + " of the filler above the table."));
            }
            body.add(new Block.Heading(1, "Actions by owner"));
            body.add(new Block.Paragraph("Each action is counted once, under its owner."));
            body.add(new Block.Table(new DataTable("owners", List.of("Ref", "Owner", "Action", "Days"), rows),
                    TableLayout.FOUR, 3));
            BlockDocument d = new BlockDocument(meta, "heading-" + fillers, "Statuses as at 31 March 2019", body);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new BlockPdf().render(d, CONTEXT, out);
            try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
                PDFTextStripper stripper = new PDFTextStripper();
                for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    String text = stripper.getText(doc);
                    if (text.contains("Actions by owner") && !text.contains("ACT-1")) {
                        stranded++;
                    }
                }
            }
        }
        assertEquals(0, stranded, "layouts where the heading was left at the foot of a page without its table");
    }

    private static void collect(PDStructureNode node, String type, List<String> found) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if (type.equals(e.getStructureType())) {
                    found.add(e.getStructureType());
                }
                collect(e, type, found);
            }
        }
    }
}
