package qaf.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Normalised text of a PDF, page by page, for golden files: whitespace folded, blank lines dropped. */
public final class PdfText {
    private PdfText() {
    }

    public static String project(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            StringBuilder out = new StringBuilder();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                out.append("=== page ").append(page).append(" ===\n");
                for (String line : stripper.getText(doc).split("\\R")) {
                    String folded = line.strip().replaceAll("\\s+", " ");
                    if (!folded.isEmpty()) {
                        out.append(folded).append('\n');
                    }
                }
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All text and the document information and XMP metadata, for privacy scans. */
    public static String textAndMetadata(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StringBuilder out = new StringBuilder(new PDFTextStripper().getText(doc));
            var info = doc.getDocumentInformation();
            for (String key : info.getMetadataKeys()) {
                out.append('\n').append(info.getCustomMetadataValue(key));
            }
            var xmp = doc.getDocumentCatalog().getMetadata();
            if (xmp != null) {
                out.append('\n').append(new String(xmp.toByteArray(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
