package qaf.render.pdf;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.JRPdfExporterTagHelper;
import net.sf.jasperreports.pdf.classic.ClassicStructureEntry;
import net.sf.jasperreports.pdf.common.PdfStructureEntry;

/**
 * A PDF exporter that leaves text carrying {@value #ARTIFACT_PROPERTY}{@code =true} out of the
 * structure tree. Running headers and footers are pagination artifacts, not content: tagged, they
 * would be read aloud on every page and would land inside a table that spans pages. Their painting,
 * left unmarked here, is then wrapped as {@code /Artifact} by {@link ArtifactMarker}.
 *
 * <p>It also gives every header cell (TH) the attributes PDF/UA requires, {@code /A << /O /Table
 * /Scope /Column >>}: done here, as each TH is created, it costs nothing; done afterwards it needs a
 * walk over the whole structure tree.
 *
 * <p>The property name sits under {@code net.sf.jasperreports.export.}, which JasperReports copies
 * from template elements to filled elements by default.
 */
final class FurnitureAwarePdfExporter extends JRPdfExporter {
    static final String ARTIFACT_PROPERTY = "net.sf.jasperreports.export.qaf.artifact";

    FurnitureAwarePdfExporter() {
        tagHelper = new ArtifactTagHelper(this);
    }

    private static final class ArtifactTagHelper extends JRPdfExporterTagHelper {
        /** Whether the text being drawn is an artifact, so its end is skipped too. */
        private boolean skipping;

        ArtifactTagHelper(JRPdfExporter exporter) {
            super(exporter);
        }

        @Override
        protected void startText(JRPrintText text) {
            skipping = isArtifact(text);
            if (!skipping) {
                super.startText(text);
            }
        }

        @Override
        protected void startText(JRPrintText text, String actualText) {
            skipping = isArtifact(text);
            if (!skipping) {
                super.startText(text, actualText);
            }
        }

        @Override
        protected void endText() {
            if (skipping) {
                skipping = false;
            } else {
                super.endText();
            }
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

        private static boolean isArtifact(JRPrintText text) {
            return text.hasProperties() && "true".equals(text.getPropertiesMap().getProperty(ARTIFACT_PROPERTY));
        }
    }
}
