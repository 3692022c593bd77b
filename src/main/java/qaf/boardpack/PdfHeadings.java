package qaf.boardpack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The H1 and H2 headings of a tagged PDF, in reading order, with the page each starts on. qaf's
 * PDFs carry no outline, but their structure tree names every heading: the heading's text is the
 * text of the marked content its structure element points to.
 */
final class PdfHeadings {

    /** One heading: level 1 or 2, its text, and the 0-based page index in its own document. */
    record Heading(int level, String text, int pageIndex) {
    }

    private final PDDocument doc;
    private final Map<PDPage, Map<Integer, String>> textByPage = new HashMap<>();

    private PdfHeadings(PDDocument doc) {
        this.doc = doc;
    }

    static List<Heading> of(PDDocument doc) throws IOException {
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        List<Heading> headings = new ArrayList<>();
        if (root != null) {
            new PdfHeadings(doc).walk(root, headings);
        }
        return headings;
    }

    private void walk(PDStructureNode node, List<Heading> out) throws IOException {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                int level = level(element);
                if (level > 0) {
                    heading(element, level, out);
                } else {
                    walk(element, out);
                }
            }
        }
    }

    private static int level(PDStructureElement element) {
        String type = element.getStandardStructureType();
        if ("H1".equals(type)) {
            return 1;
        }
        return "H2".equals(type) ? 2 : 0;
    }

    private void heading(PDStructureElement element, int level, List<Heading> out) throws IOException {
        StringBuilder text = new StringBuilder();
        PDPage[] first = new PDPage[1];
        collectText(element, text, first);
        String clean = text.toString().replaceAll("\\s+", " ").strip();
        if (clean.isEmpty() && element.getActualText() != null) {
            clean = element.getActualText().strip();
        }
        if (first[0] != null && !clean.isEmpty()) {
            out.add(new Heading(level, clean, doc.getPages().indexOf(first[0])));
        }
    }

    /** The text of the element's marked content, its descendants' included (JasperReports nests a P). */
    private void collectText(PDStructureElement element, StringBuilder text, PDPage[] first) throws IOException {
        for (Object kid : element.getKids()) {
            PDPage page = null;
            int mcid = -1;
            if (kid instanceof Integer id) {
                page = element.getPage();
                mcid = id;
            } else if (kid instanceof PDMarkedContentReference ref) {
                page = ref.getPage() != null ? ref.getPage() : element.getPage();
                mcid = ref.getMCID();
            } else if (kid instanceof PDStructureElement child) {
                collectText(child, text, first);
            }
            if (page != null && mcid >= 0) {
                first[0] = first[0] == null ? page : first[0];
                String part = markedText(page).get(mcid);
                if (part != null) {
                    text.append(part).append(' ');
                }
            }
        }
    }

    private Map<Integer, String> markedText(PDPage page) throws IOException {
        Map<Integer, String> known = textByPage.get(page);
        if (known != null) {
            return known;
        }
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        Map<Integer, String> texts = new HashMap<>();
        for (PDMarkedContent content : extractor.getMarkedContents()) {
            collect(content, texts);
        }
        textByPage.put(page, texts);
        return texts;
    }

    private static void collect(PDMarkedContent content, Map<Integer, String> texts) {
        StringBuilder text = new StringBuilder();
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition position) {
                text.append(position.getUnicode());
            } else if (item instanceof PDMarkedContent nested) {
                collect(nested, texts);
            }
        }
        if (content.getMCID() >= 0) {
            texts.merge(content.getMCID(), text.toString(), String::concat);
        }
    }
}
