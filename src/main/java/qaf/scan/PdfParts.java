package qaf.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Everything a reader (or a search engine) can get out of a PDF as text: each page's text, the
 * document information dictionary, the XMP packet, the bookmarks, and the alternative, actual and
 * expansion texts and titles of the structure tree (figure alt text).
 */
final class PdfParts {
    private PdfParts() {
    }

    static void read(Path file, Consumer<TextPart> sink) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                sink.accept(new TextPart("page " + page, stripper.getText(doc)));
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            for (String key : info.getMetadataKeys()) {
                String value = info.getCustomMetadataValue(key);
                if (value != null) {
                    sink.accept(new TextPart("document information " + key, value));
                }
            }
            PDMetadata xmp = doc.getDocumentCatalog().getMetadata();
            if (xmp != null) {
                try (InputStream in = xmp.exportXMPMetadata()) {
                    XmlText.elementsAndAttributes(in, "XMP metadata", sink);
                }
            }
            PDOutlineNode outline = doc.getDocumentCatalog().getDocumentOutline();
            if (outline != null) {
                bookmarks(outline, new int[] {0}, sink);
            }
            PDStructureTreeRoot structure = doc.getDocumentCatalog().getStructureTreeRoot();
            if (structure != null) {
                structure(structure, new int[] {0}, new IdentityHashMap<>(), sink);
            }
        }
    }

    private static void bookmarks(PDOutlineNode node, int[] count, Consumer<TextPart> sink) {
        for (PDOutlineItem item : node.children()) {
            count[0]++;
            if (item.getTitle() != null) {
                sink.accept(new TextPart("bookmark " + count[0], item.getTitle()));
            }
            bookmarks(item, count, sink);
        }
    }

    /** Depth first; {@code seen} guards against a structure tree that loops (a damaged file). */
    private static void structure(PDStructureNode node, int[] count, Map<Object, Boolean> seen,
            Consumer<TextPart> sink) {
        if (seen.put(node.getCOSObject(), Boolean.TRUE) != null) {
            return;
        }
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                count[0]++;
                String where = "structure element " + count[0] + " (" + element.getStructureType() + ")";
                List<String[]> texts = new ArrayList<>();
                texts.add(new String[] {"alt text", element.getAlternateDescription()});
                texts.add(new String[] {"actual text", element.getActualText()});
                texts.add(new String[] {"expansion", element.getExpandedForm()});
                texts.add(new String[] {"title", element.getTitle()});
                for (String[] t : texts) {
                    if (t[1] != null) {
                        sink.accept(new TextPart(where + " " + t[0], t[1]));
                    }
                }
                structure(element, count, seen, sink);
            }
        }
    }
}
