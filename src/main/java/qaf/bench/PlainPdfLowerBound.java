package qaf.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import qaf.chronology.ChronologyDocument;

/**
 * The lower bound the chronology PDF is measured against ({@code qaf bench chronology}): the same
 * text written with plain PDFBox — same font, same columns, wrapped — with no layout engine, tags,
 * borders or archival post-processing.
 */
public final class PlainPdfLowerBound {
    private static final float[] WIDTHS = {84, 96, 84, 174, 126, 126, 80};
    private static final float FONT_SIZE = 8f;
    private static final float LEADING = 9.6f;
    private static final float PADDING = 3f;

    private PlainPdfLowerBound() {
    }

    /** The lower bound: every cell's text wrapped into its column, page after page. */
    public static void plain(ChronologyDocument doc, Path file) throws IOException {
        try (PDDocument pdf = new PDDocument();
                InputStream fontData = PlainPdfLowerBound.class.getResourceAsStream(
                        "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            PDType0Font font = PDType0Font.load(pdf, fontData);
            PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            float top = size.getHeight() - 60;
            float bottom = 50;
            PDPageContentStream content = null;
            float y = bottom;
            for (ChronologyDocument.Entry e : doc.entries()) {
                String[] cells = {e.dateLabel(), e.agencyName(), e.source(), e.event(), e.childVoice(), e.action(),
                    e.impact()};
                List<List<String>> lines = new ArrayList<>();
                int height = 1;
                for (int i = 0; i < cells.length; i++) {
                    List<String> wrapped = wrap(font, cells[i], WIDTHS[i] - 2 * PADDING);
                    lines.add(wrapped);
                    height = Math.max(height, wrapped.size());
                }
                float rowHeight = height * LEADING + 2 * PADDING;
                if (content == null || y - rowHeight < bottom) {
                    if (content != null) {
                        content.close();
                    }
                    PDPage page = new PDPage(size);
                    pdf.addPage(page);
                    content = new PDPageContentStream(pdf, page);
                    content.setFont(font, FONT_SIZE);
                    y = top;
                }
                float x = 36;
                for (int i = 0; i < cells.length; i++) {
                    float lineY = y - PADDING - FONT_SIZE;
                    for (String line : lines.get(i)) {
                        content.beginText();
                        content.newLineAtOffset(x + PADDING, lineY);
                        content.showText(line);
                        content.endText();
                        lineY -= LEADING;
                    }
                    x += WIDTHS[i];
                }
                y -= rowHeight;
            }
            if (content != null) {
                content.close();
            }
            pdf.save(file.toFile());
        }
    }

    private static List<String> wrap(PDType0Font font, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * FONT_SIZE > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
