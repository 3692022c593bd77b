package qaf.boardpack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import qaf.render.RenderContext;
import qaf.render.pdf.AccessiblePdf;

/**
 * Joins a cover and qaf's accessible PDFs into one file that is still PDF/A-2a and PDF/UA-1: one
 * structure tree under one Document element (each source a Part), an outline with a bookmark per
 * document and per H1/H2 heading, every page's footer numbered "Page i of n" through the pack
 * ({@link PackPageNumbers}), page labels 1..n saying the same, and fresh metadata.
 */
final class PdfPack {

    /** One source: its title (the document's bookmark) and its bytes. */
    record Source(String title, byte[] pdf) {
    }

    /** A bookmark as written: its level (0 = document), title and 0-based page in the pack. */
    record Bookmark(int level, String title, int page) {
    }

    private PdfPack() {
    }

    /** How many pages a PDF has. */
    static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    static byte[] assemble(byte[] cover, String coverTitle, List<Source> sources, String title, RenderContext context)
            throws IOException {
        List<PDDocument> open = new ArrayList<>();
        try (PDDocument pack = Loader.loadPDF(cover)) {
            List<Bookmark> bookmarks = new ArrayList<>();
            bookmarks.add(new Bookmark(0, coverTitle, 0));
            PDFMergerUtility merger = new PDFMergerUtility();
            for (Source source : sources) {
                PDDocument doc = Loader.loadPDF(source.pdf());
                open.add(doc);
                int start = pack.getNumberOfPages();
                bookmarks.add(new Bookmark(0, source.title(), start));
                List<PdfHeadings.Heading> headings = PdfHeadings.of(doc);
                boolean skippedTitle = false;
                for (PdfHeadings.Heading h : headings) {
                    // The first H1 is the document's own title: the document bookmark already says it.
                    if (!skippedTitle && h.level() == 1 && h.pageIndex() == 0) {
                        skippedTitle = true;
                        continue;
                    }
                    bookmarks.add(new Bookmark(h.level(), h.text(), start + h.pageIndex()));
                }
                merger.appendDocument(pack, doc);
            }
            oneDocumentRoot(pack);
            writeOutline(pack, bookmarks);
            PackPageNumbers.renumber(pack);
            // The labels a viewer shows are the numbers printed at the foot of each page: the cover is
            // page 1, as printed, so "page 57" means the same page on paper and on screen.
            PDPageLabels labels = new PDPageLabels(pack);
            PDPageLabelRange range = new PDPageLabelRange();
            range.setStyle(PDPageLabelRange.STYLE_DECIMAL);
            range.setStart(1);
            labels.setLabelItem(0, range);
            pack.getDocumentCatalog().setPageLabels(labels);
            AccessiblePdf.writeMetadata(pack, title, context);
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            pack.save(out, CompressParameters.DEFAULT_COMPRESSION);
            return out.toByteArray();
        } finally {
            for (PDDocument doc : open) {
                doc.close();
            }
        }
    }

    /**
     * PDF/UA wants one root element. Each qaf PDF's tree has one top element (JasperReports' "All",
     * role-mapped to Sect); the merger wraps what it has so far and each appended tree in a new
     * Document element, nesting them deeper with every source. This flattens that into one Document
     * whose children are the cover's and each document's top elements, in order, so each source
     * stays one section of the reading order.
     */
    static void oneDocumentRoot(PDDocument pack) {
        PDStructureTreeRoot root = pack.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            throw new IllegalStateException("the merged board pack has no structure tree");
        }
        COSDictionary rootDict = root.getCOSObject();
        List<COSDictionary> tops = new ArrayList<>();
        unwrapDocuments(rootDict.getDictionaryObject(COSName.K), tops);
        if (tops.isEmpty()) {
            throw new IllegalStateException("the merged board pack's structure tree is empty");
        }
        COSDictionary document = new COSDictionary();
        document.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
        document.setItem(COSName.S, COSName.DOCUMENT);
        document.setItem(COSName.P, rootDict);
        COSArray kids = new COSArray();
        for (COSDictionary top : tops) {
            top.setItem(COSName.P, document);
            kids.add(top);
        }
        document.setItem(COSName.K, kids);
        rootDict.setItem(COSName.K, document);
    }

    private static void unwrapDocuments(COSBase k, List<COSDictionary> out) {
        if (k instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                unwrapDocuments(array.getObject(i), out);
            }
        } else if (k instanceof COSDictionary element) {
            if (COSName.DOCUMENT.equals(element.getCOSName(COSName.S))) {
                unwrapDocuments(element.getDictionaryObject(COSName.K), out);
            } else {
                out.add(element);
            }
        }
    }

    private static void writeOutline(PDDocument pack, List<Bookmark> bookmarks) {
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem[] parents = new PDOutlineItem[3];
        for (Bookmark b : bookmarks) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(b.title());
            PDPageFitDestination destination = new PDPageFitDestination();
            PDPage page = pack.getPage(b.page());
            destination.setPage(page);
            item.setDestination(destination);
            PDOutlineItem parent = null;
            for (int level = b.level() - 1; level >= 0 && parent == null; level--) {
                parent = parents[level];
            }
            if (parent == null) {
                outline.addLast(item);
            } else {
                parent.addLast(item);
            }
            parents[b.level()] = item;
            for (int deeper = b.level() + 1; deeper < parents.length; deeper++) {
                parents[deeper] = null;
            }
        }
        outline.openNode();
        pack.getDocumentCatalog().setDocumentOutline(outline);
    }
}
