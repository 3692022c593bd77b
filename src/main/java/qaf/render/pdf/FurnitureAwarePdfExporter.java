package qaf.render.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import java.util.Stack;
import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintEllipse;
import net.sf.jasperreports.engine.JRPrintLine;
import net.sf.jasperreports.engine.JRPrintRectangle;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.JRPdfExporterTagHelper;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicStructureEntry;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfStructureEntry;

/**
 * The JasperReports PDF exporter, adapted so that its output needs no content-stream rewriting for
 * PDF/UA:
 * <ul>
 * <li>text carrying {@value #ARTIFACT_PROPERTY}{@code =true} (running header and footer) is painted
 *     as an {@code /Artifact}, outside the structure tree: tagged, it would be read aloud on every
 *     page and would land inside a table that spans pages;</li>
 * <li>lines, rectangles, ellipses and cell borders are painted as artifacts (decoration);</li>
 * <li>the text of a whole table cell is marked as content of its TD/TH directly, without a
 *     paragraph element inside each cell.</li>
 * </ul>
 *
 * <p>It also gives every header cell (TH) the attributes PDF/UA requires, {@code /A << /O /Table
 * /Scope /Column >>}: done here, as each TH is created, it costs nothing; done afterwards it needs a
 * walk over the whole structure tree.
 *
 * <p>For large documents the structure tree is written while exporting ({@link StreamedStructure})
 * rather than held whole until the end.
 *
 * <p>The property name sits under {@code net.sf.jasperreports.export.}, which JasperReports copies
 * from template elements to filled elements by default.
 */
final class FurnitureAwarePdfExporter extends JRPdfExporter {
    static final String ARTIFACT_PROPERTY = "net.sf.jasperreports.export.qaf.artifact";
    private static final PdfName ARTIFACT = new PdfName("Artifact");

    /** @param streamedStructure whether to write the structure tree while exporting (large documents) */
    FurnitureAwarePdfExporter(boolean streamedStructure) {
        tagHelper = new ArtifactTagHelper(this, streamedStructure);
    }

    // Lines, rectangles, ellipses and cell borders are decoration: painted as artifacts here, so the
    // PDFBox pass does not have to find them (ArtifactMarker stays as the safety net for anything
    // else, e.g. an opaque text background).

    @Override
    protected void exportLine(JRPrintLine line) {
        beginArtifact();
        super.exportLine(line);
        endArtifact();
    }

    @Override
    protected void exportRectangle(JRPrintRectangle rectangle) {
        beginArtifact();
        super.exportRectangle(rectangle);
        endArtifact();
    }

    @Override
    protected void exportEllipse(JRPrintEllipse ellipse) {
        beginArtifact();
        super.exportEllipse(ellipse);
        endArtifact();
    }

    @Override
    protected void exportBox(JRLineBox box, JRPrintElement element) {
        beginArtifact();
        super.exportBox(box, element);
        endArtifact();
    }

    private void beginArtifact() {
        ((ClassicPdfProducer) pdfProducer).getPdfContentByte().beginMarkedContentSequence(ARTIFACT);
    }

    private void endArtifact() {
        ((ClassicPdfProducer) pdfProducer).getPdfContentByte().endMarkedContentSequence();
    }

    private static final class ArtifactTagHelper extends JRPdfExporterTagHelper {
        private static final String TD = "net.sf.jasperreports.export.pdf.tag.td";
        private static final String TH = "net.sf.jasperreports.export.pdf.tag.th";

        private enum Mode { TAGGED, ARTIFACT, CELL }

        /** How the text being drawn was opened, so that its end matches. */
        private Mode mode = Mode.TAGGED;
        private final boolean streamedStructure;

        ArtifactTagHelper(JRPdfExporter exporter, boolean streamedStructure) {
            super(exporter);
            this.streamedStructure = streamedStructure;
        }

        @Override
        protected void setPdfProducer(PdfProducer producer) {
            super.setPdfProducer(producer);
            if (streamedStructure) {
                pdfStructure = new StreamedStructure((ClassicPdfProducer) producer);
            }
        }

        @Override
        protected void init() {
            super.init();
            if (streamedStructure && isTagged) {
                // The helper closes an element by popping it off its stack: that is when its children
                // are complete and can be written.
                StreamedStructure structure = (StreamedStructure) pdfStructure;
                Stack<PdfStructureEntry> closing = new Stack<>() {
                    @Override
                    public synchronized PdfStructureEntry pop() {
                        PdfStructureEntry entry = super.pop();
                        structure.closed(entry);
                        return entry;
                    }
                };
                closing.addAll(tagStack);
                tagStack = closing;
            }
        }

        @Override
        protected void startText(JRPrintText text) {
            if (isArtifact(text)) {
                artifactContent().beginMarkedContentSequence(ARTIFACT);
                mode = Mode.ARTIFACT;
            } else if (isWholeCell(text) && pdfProducer instanceof ClassicPdfProducer producer
                    && !tagStack.isEmpty() && tagStack.peek() instanceof ClassicStructureEntry cell) {
                // The cell's text is marked as content of the TD/TH itself rather than of a paragraph
                // inside it: a third fewer structure elements to build, write and read back.
                // OpenPDF only marks content for a leaf element; a fresh cell has an empty kids array.
                if (cell.getElement().get(PdfName.K) instanceof PdfArray kids && kids.isEmpty()) {
                    cell.getElement().remove(PdfName.K);
                }
                producer.getPdfContentByte().beginMarkedContentSequence(cell.getElement());
                isTagEmpty = false;
                mode = Mode.CELL;
            } else {
                mode = Mode.TAGGED;
                super.startText(text);
            }
        }

        @Override
        protected void startText(JRPrintText text, String actualText) {
            if (isArtifact(text)) {
                artifactContent().beginMarkedContentSequence(ARTIFACT);
                mode = Mode.ARTIFACT;
            } else {
                mode = Mode.TAGGED;
                super.startText(text, actualText);
            }
        }

        @Override
        protected void endText() {
            switch (mode) {
                case ARTIFACT -> artifactContent().endMarkedContentSequence();
                case CELL -> ((ClassicPdfProducer) pdfProducer).getPdfContentByte().endMarkedContentSequence();
                case TAGGED -> super.endText();
            }
            mode = Mode.TAGGED;
        }

        @Override
        protected void createThStartTag(JRPrintElement element) {
            super.createThStartTag(element);
            PdfStructureEntry th = tagStack.isEmpty() ? null : tagStack.peek();
            if (th instanceof ClassicStructureEntry entry) {
                PdfDictionary attributes = new PdfDictionary();
                attributes.put(PdfName.O, new PdfName("Table"));
                attributes.put(new PdfName("Scope"), new PdfName("Column"));
                entry.getElement().put(PdfName.A, attributes);
            }
        }

        private PdfContentByte artifactContent() {
            return ((ClassicPdfProducer) pdfProducer).getPdfContentByte();
        }

        private static boolean isWholeCell(JRPrintText text) {
            return text.hasProperties() && ("full".equals(text.getPropertiesMap().getProperty(TD))
                    || "full".equals(text.getPropertiesMap().getProperty(TH)));
        }

        private static boolean isArtifact(JRPrintText text) {
            return text.hasProperties() && "true".equals(text.getPropertiesMap().getProperty(ARTIFACT_PROPERTY));
        }
    }
}
