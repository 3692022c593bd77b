package qaf.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import qaf.chronology.ChronologyDocument;
import qaf.chronology.ChronologyPdf;
import qaf.render.RenderContext;

/**
 * Measures the chronology PDF against a lower bound: the same text written with plain PDFBox
 * (same font, same columns, wrapped, no tags, no borders), in the same JVM run.
 *
 * <p>Usage: {@code ChronologyPdfBenchmark <entries> [output dir] [rounds, default 3]}; prints both
 * wall times and their ratio per round, then the medians. Both paths are warmed up once on a small
 * document first, so class loading is not counted.
 */
public final class ChronologyPdfBenchmark {
    private static final float[] WIDTHS = {84, 96, 84, 174, 126, 126, 80};
    private static final float FONT_SIZE = 8f;
    private static final float LEADING = 9.6f;
    private static final float PADDING = 3f;

    private ChronologyPdfBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int entries = Integer.parseInt(args[0]);
        // Show the fill / export / post-processing split that JasperPdf and AccessiblePdf log.
        Logger pdfLog = Logger.getLogger("qaf.render.pdf");
        pdfLog.setLevel(Level.FINE);
        ConsoleHandler handler = new ConsoleHandler();
        handler.setLevel(Level.FINE);
        pdfLog.addHandler(handler);
        Path outDir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("qaf-bench-");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Files.createDirectories(outDir);
        RenderContext context = new RenderContext(Instant.parse("2026-11-02T09:00:00Z"), "qaf benchmark");
        ChronologyDocument warm = SyntheticChronology.of(200, 1);
        time(() -> jasper(warm, context, outDir.resolve("warm-jasper.pdf")));
        time(() -> plain(warm, outDir.resolve("warm-plain.pdf")));

        ChronologyDocument doc = SyntheticChronology.of(entries, 1);
        // Interleaved rounds: the machine is shared, so both sides see the same background load.
        long[] jasper = new long[rounds];
        long[] plain = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            jasper[r] = time(() -> jasper(doc, context, outDir.resolve("chronology-" + entries + ".pdf")));
            plain[r] = time(() -> plain(doc, outDir.resolve("plain-" + entries + ".pdf")));
            System.out.printf(Locale.UK, "round %d: jasper=%.2fs plain-pdfbox=%.2fs ratio=%.2f%n", r + 1,
                    jasper[r] / 1e9, plain[r] / 1e9, (double) jasper[r] / plain[r]);
        }
        long jasperMedian = median(jasper);
        long plainMedian = median(plain);
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.UK, "entries=%d rounds=%d median jasper=%.2fs plain-pdfbox=%.2fs ratio=%.2f maxHeap=%dMB%n",
                entries, rounds, jasperMedian / 1e9, plainMedian / 1e9, (double) jasperMedian / plainMedian,
                rt.maxMemory() / (1024 * 1024));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private interface Job {
        void run() throws IOException;
    }

    private static long time(Job job) throws IOException {
        long start = System.nanoTime();
        job.run();
        return System.nanoTime() - start;
    }

    private static void jasper(ChronologyDocument doc, RenderContext context, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new ChronologyPdf().render(doc, context, out);
        }
    }

    /** The lower bound: every cell's text wrapped into its column, page after page. */
    static void plain(ChronologyDocument doc, Path file) throws IOException {
        try (PDDocument pdf = new PDDocument();
                InputStream fontData = ChronologyPdfBenchmark.class.getResourceAsStream(
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
