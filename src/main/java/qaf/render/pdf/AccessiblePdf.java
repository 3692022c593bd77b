package qaf.render.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import net.sf.jasperreports.pdf.type.PdfVersionEnum;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
import qaf.render.RenderContext;
import qaf.document.DocumentMeta;

/**
 * Writes a filled report as a PDF that passes PDF/A-2a and PDF/UA-1 (veraPDF): tagged, language
 * en-GB, title shown in the window, fonts embedded, sRGB output intent, then a PDFBox pass for what
 * the exporter cannot do ({@link PdfPostProcessor}). The same print and context give the same bytes.
 */
public final class AccessiblePdf {
    private static final Logger LOG = Logger.getLogger(AccessiblePdf.class.getName());

    private AccessiblePdf() {
    }

    /**
     * Exports {@code print} to {@code out}.
     *
     * @param title the document title (PDF title, shown in the viewer's title bar)
     * @param workDir a private directory for intermediate files; the caller deletes it
     * @param large whether to take the memory-bounded path: structure tree written while exporting,
     *     post-processing one object at a time ({@link StreamingPdfPass}) instead of in PDFBox
     */
    public static void write(JasperPrint print, String title, RenderContext context, Path workDir, boolean large,
            OutputStream out) throws IOException {
        Path raw = workDir.resolve("exported.pdf");
        Path icc = workDir.resolve("srgb.icc");
        Files.write(icc, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        long start = System.nanoTime();
        try (OutputStream rawOut = new BufferedOutputStream(Files.newOutputStream(raw), 1 << 16)) {
            export(print, title, context, icc, large, rawOut);
        }
        long exported = System.nanoTime();
        if (large) {
            StreamingPdfPass.process(raw, title, context, out);
        } else {
            PdfPostProcessor.process(raw, title, context, out);
        }
        if (out instanceof qaf.render.PagedOutput paged) {
            // The post-pass neither adds nor drops pages: the filled report's count is the file's.
            paged.pages(print.getPages().size());
        }
        long done = System.nanoTime();
        // Timings only: never the title or any other text of the document.
        LOG.fine(() -> "exported in " + JasperPdf.millis(start, exported) + " ms, post-processed in "
                + JasperPdf.millis(exported, done) + " ms");
    }

    /**
     * Writes fresh Info and XMP metadata (title, fixed dates, PDF/A-2a and PDF/UA-1 identification)
     * and a fixed document ID into a PDF assembled from qaf PDFs, e.g. a board pack: merging keeps
     * the first source's metadata, which names the wrong title.
     */
    public static void writeMetadata(org.apache.pdfbox.pdmodel.PDDocument doc, String title, RenderContext context)
            throws IOException {
        PdfPostProcessor.writeMetadata(doc, title, context);
    }

    /**
     * Scripts whose letters change shape and order with their neighbours (Arabic and Urdu joining,
     * Bengali conjuncts and vowel signs): text containing them is laid out by Java's shaper and drawn
     * as positioned glyphs, each run carrying its characters as /ActualText so the text layer reads
     * in logical order. Other text keeps the plain, faster path.
     */
    static final String SHAPED_BLOCKS = "ARABIC,BENGALI,DINGBATS,VARIATION_SELECTORS,EMOTICONS,"
            + "MISCELLANEOUS_SYMBOLS_AND_PICTOGRAPHS,SUPPLEMENTAL_SYMBOLS_AND_PICTOGRAPHS,TRANSPORT_AND_MAP_SYMBOLS,"
            + "SYMBOLS_AND_PICTOGRAPHS_EXTENDED_A";

    private static void export(JasperPrint print, String title, RenderContext context, Path icc, boolean large,
            OutputStream out) throws IOException {
        print.setProperty("net.sf.jasperreports.export.pdf.glyph.renderer.blocks.qaf", SHAPED_BLOCKS);
        print.setProperty("net.sf.jasperreports.export.pdf.glyph.renderer.add.actual.text", "true");
        JRPdfExporter exporter = new FurnitureAwarePdfExporter(large);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setTagged(true);
        configuration.setTagLanguage(DocumentMeta.LANGUAGE);
        configuration.setMetadataTitle(title);
        configuration.setDisplayMetadataTitle(true);
        configuration.setMetadataCreator(context.toolVersion());
        configuration.setMetadataProducer(context.toolVersion());
        configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_2A);
        configuration.setPdfVersion(PdfVersionEnum.VERSION_1_7);
        configuration.setIccProfilePath(icc.toAbsolutePath().toString());
        configuration.setEmbedIccProfile(true);
        // No object streams: PDFBox re-reads a whole object stream for each object it resolves from
        // one, which made the post-processing pass quadratic. Page streams are compressed regardless.
        configuration.setCompressed(false);
        exporter.setConfiguration(configuration);
        SimplePdfReportConfiguration report = new SimplePdfReportConfiguration();
        // Charts are vectors with text as outlines: no unembedded font can slip in through a figure.
        report.setForceSvgShapes(true);
        exporter.setConfiguration(report);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IOException("PDF export failed: " + e.getMessage(), e);
        }
    }
}
