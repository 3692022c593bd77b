package qaf.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.logging.Logger;
import qaf.render.RenderContext;

/**
 * The post-processing pass for large documents: the same changes as {@link PdfPostProcessor} (fixed
 * font subset tags, no {@code /CIDSet}, shaped fonts' /ToUnicode maps completed
 * ({@link ToUnicodeCompletion}), unmarked painting wrapped as artifacts, fresh Info and XMP
 * metadata, a fixed document ID), made by copying the exporter's file one object at a time instead
 * of loading it as a PDFBox document. PDFBox keeps every object it has read, some 900,000 for a
 * 100,000-entry chronology, far beyond a small heap; here memory holds the cross-reference table
 * (a few numbers per object), the page tree's content-stream numbers and one object at a time.
 *
 * <p>The exporter writes its file with a classic cross-reference table and no object streams
 * ({@link AccessiblePdf}); this pass packs the objects that are not streams into compressed object
 * streams, a hundred at a time, and ends with a cross-reference stream, as PDFBox does.
 *
 * <p>In two passes over the file: {@link StreamingPlan} reads the catalog and the page tree to learn
 * what changes, then {@link StreamingCopy} copies every object through {@link PackedOutput}. Both
 * read objects by number from {@link RawPdf}.
 */
final class StreamingPdfPass {
    private static final Logger LOG = Logger.getLogger(StreamingPdfPass.class.getName());

    private StreamingPdfPass() {
    }

    static void process(Path exported, String title, RenderContext context, OutputStream out) throws IOException {
        long start = System.nanoTime();
        try (RawPdf raw = RawPdf.open(exported)) {
            StreamingPlan plan = StreamingPlan.of(raw);
            long planned = System.nanoTime();
            StreamingCopy writer = new StreamingCopy(raw, plan, out);
            int rewritten = writer.copy(title, context);
            LOG.fine(() -> "streaming pass: " + plan.pages + " pages, " + raw.order.length + " objects, "
                    + rewritten + " pages rewritten; planned in " + JasperPdf.millis(start, planned)
                    + " ms, written in " + JasperPdf.millis(planned, System.nanoTime()) + " ms");
        }
    }
}
