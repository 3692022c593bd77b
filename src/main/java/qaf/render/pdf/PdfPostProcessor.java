package qaf.render.pdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import qaf.render.RenderContext;

/**
 * The PDFBox pass that turns the exporter's PDF/A-2a attempt into a file passing both PDF/A-2a and
 * PDF/UA-1, and makes it reproducible:
 * <ol>
 * <li>removes {@code /CIDSet} from font descriptors (OpenPDF writes incomplete ones);</li>
 * <li>replaces the random font-subset prefixes with ones derived from the font name;</li>
 * <li>checks that no painting is left outside marked content and wraps any it finds as an
 *     artifact (the exporter already marks decoration; this is the safety net, and costs a parse of
 *     every page);</li>
 * <li>writes fresh Info and XMP metadata (PDF/A-2a, PDF/UA-1 with its extension schema) with the
 *     context's fixed date, and a document ID derived from title, date and content size.</li>
 * </ol>
 */
final class PdfPostProcessor {
    private static final Logger LOG = Logger.getLogger(PdfPostProcessor.class.getName());
    private static final long IN_MEMORY_LIMIT_BYTES = 24L * 1024 * 1024;
    private static final DateTimeFormatter INFO_DATE =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private PdfPostProcessor() {
    }

    static void process(Path exported, String title, RenderContext context, OutputStream out) throws IOException {
        // Rewritten page streams are held in memory for ordinary documents, on disk for huge ones.
        boolean huge = Files.size(exported) > IN_MEMORY_LIMIT_BYTES;
        try (PDDocument doc = Loader.loadPDF(huge ? new RandomAccessReadBufferedFile(exported.toFile())
                        : new RandomAccessReadBuffer(Files.readAllBytes(exported)), "", null, null,
                huge ? scratchBeside(exported) : IOUtils.createMemoryOnlyStreamCache())) {
            long start = System.nanoTime();
            fixFonts(doc);
            int rewritten = 0;
            for (PDPage page : doc.getPages()) {
                rewritten += ArtifactMarker.markUnmarkedPainting(doc, page) ? 1 : 0;
            }
            int pagesRewritten = rewritten;
            long marked = System.nanoTime();
            writeMetadata(doc, title, context);
            // With object streams: a third of the size, for no measurable extra time.
            BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            // PDFBox writes token by token: unbuffered, a file stream makes a system call for each.
            doc.save(buffered, CompressParameters.DEFAULT_COMPRESSION);
            buffered.flush();
            LOG.fine(() -> "artifact pass rewrote " + pagesRewritten + " of " + doc.getNumberOfPages()
                    + " pages; checked in " + JasperPdf.millis(start, marked) + " ms, saved in "
                    + JasperPdf.millis(marked, System.nanoTime()) + " ms");
        }
    }

    /** PDFBox's scratch file in the document's private work folder, never the shared temp folder. */
    private static org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction scratchBeside(Path exported) {
        return org.apache.pdfbox.io.MemoryUsageSetting.setupTempFileOnly()
                .setTempDir(exported.toAbsolutePath().getParent().toFile()).streamCache;
    }

    private static void fixFonts(PDDocument doc) {
        Map<String, String> prefixes = new HashMap<>();
        Set<COSBase> seen = new HashSet<>();
        for (PDPage page : doc.getPages()) {
            fixFonts(page.getResources(), prefixes, seen);
        }
    }

    private static void fixFonts(PDResources resources, Map<String, String> prefixes, Set<COSBase> seen) {
        if (resources == null || !seen.add(resources.getCOSObject())) {
            return;
        }
        COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts != null) {
            for (COSName name : fonts.keySet()) {
                COSBase font = fonts.getDictionaryObject(name);
                if (font instanceof COSDictionary dict) {
                    fixFont(dict, prefixes, seen);
                }
            }
        }
        COSDictionary xObjects = resources.getCOSObject().getCOSDictionary(COSName.XOBJECT);
        if (xObjects != null) {
            for (COSName name : xObjects.keySet()) {
                if (xObjects.getDictionaryObject(name) instanceof COSStream form
                        && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))) {
                    COSDictionary formResources = form.getCOSDictionary(COSName.RESOURCES);
                    if (formResources != null) {
                        fixFonts(new PDResources(formResources), prefixes, seen);
                    }
                }
            }
        }
    }

    private static void fixFont(COSDictionary font, Map<String, String> prefixes, Set<COSBase> seen) {
        if (!seen.add(font)) {
            return;
        }
        renameSubset(font, COSName.BASE_FONT, prefixes);
        try {
            ToUnicodeCompletion.complete(font);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot complete the ToUnicode map of a font", e);
        }
        COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
        if (descendants != null) {
            for (int i = 0; i < descendants.size(); i++) {
                if (descendants.getObject(i) instanceof COSDictionary cidFont) {
                    fixFont(cidFont, prefixes, seen);
                }
            }
        }
        COSDictionary descriptor = font.getCOSDictionary(COSName.FONT_DESC);
        if (descriptor != null && seen.add(descriptor)) {
            descriptor.removeItem(COSName.CID_SET);
            renameSubset(descriptor, COSName.FONT_NAME, prefixes);
        }
    }

    /**
     * OpenPDF draws subset tags ("ABCDEF+") at random; replace each with a tag derived from the font
     * name and the order of first use, which is stable for the same input.
     */
    private static void renameSubset(COSDictionary dict, COSName key, Map<String, String> prefixes) {
        String name = dict.getNameAsString(key);
        if (name == null || !isSubsetName(name)) {
            return;
        }
        dict.setName(key, newPrefix(name, prefixes) + name.substring(6));
    }

    /** Whether a font name carries a subset tag ("ABCDEF+"). */
    static boolean isSubsetName(String name) {
        return name.length() >= 8 && name.charAt(6) == '+' && name.substring(0, 6).matches("[A-Z]{6}");
    }

    /**
     * The tag replacing the subset tag of {@code name}: derived from the font name and the order of
     * first use, kept in {@code prefixes} (old tag to new) so every use of a tag gets the same one.
     */
    static String newPrefix(String name, Map<String, String> prefixes) {
        String rest = name.substring(7);
        return prefixes.computeIfAbsent(name.substring(0, 6), p -> subsetTag(rest + '#' + prefixes.size()));
    }

    private static String subsetTag(String seed) {
        byte[] hash = sha256(seed.getBytes(StandardCharsets.UTF_8));
        StringBuilder tag = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(hash[i], 26)));
        }
        return tag.toString();
    }

    static void writeMetadata(PDDocument doc, String title, RenderContext context) throws IOException {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.UK);
        date.setTimeInMillis(context.documentDate().toEpochMilli());
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setCreator(context.toolVersion());
        info.setProducer(context.toolVersion());
        info.setCreationDate(date);
        info.setModificationDate(date);
        doc.setDocumentInformation(info);

        byte[] xmp = PdfUaMetadata.xmp(title, context.toolVersion(), context.documentDate());
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp);
        doc.getDocumentCatalog().setMetadata(metadata);

        // A fixed ID: without one PDFBox would derive it from the clock.
        byte[] first16 = documentId(title, context, doc.getNumberOfPages());
        COSArray ids = new COSArray();
        ids.add(new COSString(first16));
        ids.add(new COSString(first16));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** The document ID: derived from title, date, tool and page count, never from the clock. */
    static byte[] documentId(String title, RenderContext context, int pages) {
        byte[] id = sha256((title + '\n' + context.documentDate() + '\n' + context.toolVersion() + '\n'
                + pages).getBytes(StandardCharsets.UTF_8));
        return Arrays.copyOf(id, 16);
    }

    /**
     * The Info dictionary {@link #writeMetadata} writes, as PDF bytes, for the streaming pass: the
     * same entries, and the same date form PDFBox writes (D:yyyyMMddHHmmss+00'00', UTC).
     */
    static byte[] infoDictionary(String title, RenderContext context) {
        String date = "D:" + INFO_DATE.format(context.documentDate()) + "+00'00'";
        String dictionary = "<</Title " + pdfString(title) + "/Creator " + pdfString(context.toolVersion())
                + "/Producer " + pdfString(context.toolVersion()) + "/CreationDate (" + date + ")/ModDate ("
                + date + ")>>";
        return dictionary.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A PDF text string: literal when plain ASCII, otherwise UTF-16BE with a byte-order mark, in hex. */
    private static String pdfString(String text) {
        if (text.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")";
        }
        StringBuilder hex = new StringBuilder("<FEFF");
        for (byte b : text.getBytes(StandardCharsets.UTF_16BE)) {
            hex.append(String.format(Locale.ROOT, "%02X", b & 0xFF));
        }
        return hex.append('>').toString();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
