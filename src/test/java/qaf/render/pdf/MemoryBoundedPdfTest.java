package qaf.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large documents take the memory-bounded path, and that path keeps memory bounded: a chronology
 * far larger than the heap of its JVM could hold as PDFBox and OpenPDF object trees renders there.
 * (Compliance and reproducibility of the same path: ChronologyPdfTest's 1,600-entry test.)
 */
class MemoryBoundedPdfTest {
    /**
     * 14,500 entries (about 1,050 pages and 130,000 PDF objects) in 64 MB: the in-memory path runs out
     * of memory on this (the whole structure tree in OpenPDF, then every object in PDFBox). Over 999
     * pages, so the footer's page total must have room for four digits.
     */
    private static final int ENTRIES = 14_500;
    private static final String HEAP = "-Xmx64m";

    @Test
    void documentsFromTheThresholdOnAreLarge() {
        assertFalse(JasperPdf.isLarge(JasperPdf.LARGE_FROM_ROWS - 1));
        assertTrue(JasperPdf.isLarge(JasperPdf.LARGE_FROM_ROWS));
        assertTrue(JasperPdf.isLarge(100_000));
    }

    @Test
    void aLargeChronologyRendersInASmallHeap(@TempDir Path dir) throws IOException, InterruptedException {
        Path pdf = dir.resolve("large.pdf");
        Path log = dir.resolve("child.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, HEAP, "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-Duser.language=en", "-Duser.country=GB", "-Duser.timezone=Europe/London",
                "-cp", System.getProperty("java.class.path"), LargeChronologyMain.class.getName(),
                Integer.toString(ENTRIES), pdf.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = child.waitFor();
        assertEquals(0, exit, () -> "rendering " + ENTRIES + " entries with " + HEAP + " failed:\n" + tail(log));
        try (PDDocument doc = Loader.loadPDF(new File(pdf.toString()))) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages > 999, "expected over 999 pages, got " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            String last = stripper.getText(doc);
            assertTrue(last.contains("(entry " + ENTRIES + ")"), "last entry missing from the last page");
            assertTrue(last.contains("Page " + pages + " of " + pages),
                    () -> "no page number and total on the last page:\n" + last);
            COSDictionary root = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
            assertTrue(root != null, "no structure tree");
            int[] cells = {0};
            checkKids(root, cells);
            assertTrue(cells[0] >= ENTRIES * 7, "expected a TD per cell, found " + cells[0]);
        }
    }

    /**
     * Every structure element is its own object, named by reference in its parent's /K, and its /P
     * is that parent: elements written early must keep the tree a reader walks (a regression: they
     * were once written inline, their /P pointing at nothing).
     */
    private static void checkKids(COSDictionary parent, int[] cells) {
        COSBase k = parent.getItem(COSName.K);
        List<COSBase> kids = new ArrayList<>();
        if (k instanceof COSArray array) {
            array.forEach(kids::add);
        } else if (k != null) {
            kids.add(k);
        }
        for (COSBase kid : kids) {
            COSBase resolved = kid instanceof COSObject object ? object.getObject() : kid;
            if (resolved instanceof COSDictionary element && element.containsKey(COSName.S)) {
                assertTrue(kid instanceof COSObject, () -> element.getNameAsString(COSName.S) + " written inline");
                assertSame(parent, element.getDictionaryObject(COSName.P),
                        () -> element.getNameAsString(COSName.S) + "'s /P is not its parent");
                cells[0] += "TD".equals(element.getNameAsString(COSName.S)) ? 1 : 0;
                checkKids(element, cells);
            }
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
