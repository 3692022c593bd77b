package qaf.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import qaf.render.RenderContext;
import qaf.render.pdf.PdfSyntax.Span;

/**
 * Writes the new file: objects in the exporter's order, each copied, changed (page content marked,
 * fonts renamed, ToUnicode maps completed, fresh Info and XMP) or dropped (/CIDSet) as the
 * {@link StreamingPlan} says, and handed to {@link PackedOutput}, which packs those that are not streams.
 */
final class StreamingCopy {
    private final RawPdf raw;
    private final StreamingPlan plan;
    private final Flate flate = new Flate();
    private final PackedOutput out;

    StreamingCopy(RawPdf raw, StreamingPlan plan, OutputStream out) {
        this.raw = raw;
        this.plan = plan;
        int capacity = raw.offsets.length + raw.order.length / PackedOutput.OBJECTS_PER_STREAM + 3;
        this.out = new PackedOutput(out, capacity, raw.offsets.length, flate);
    }

    /** Writes everything; the number of page content streams rewritten. */
    int copy(String title, RenderContext context) throws IOException {
        try {
            return copyObjects(title, context);
        } finally {
            flate.end();
        }
    }

    private int copyObjects(String title, RenderContext context) throws IOException {
        out.write(raw.header());
        int rewritten = 0;
        for (int number : raw.order) {
            if (plan.cidSets.get(number)) {
                continue; // dropped with the /CIDSet entry that named it
            }
            if (number == raw.info) {
                out.pack(number, PdfPostProcessor.infoDictionary(title, context));
                continue;
            }
            if (number == plan.metadata) {
                byte[] xmp = PdfUaMetadata.xmp(title, context.toolVersion(), context.documentDate());
                out.writeStream(number, ("<</Type/Metadata/Subtype/XML/Length " + xmp.length + ">>")
                        .getBytes(StandardCharsets.ISO_8859_1), xmp);
                continue;
            }
            RawObject object = raw.object(number);
            if (plan.contents.get(number)) {
                byte[] marked = object.isStream() ? markedContent(number, object) : null;
                if (marked != null) {
                    rewritten++;
                    out.writeStream(number, ("<</Filter/FlateDecode/Length " + marked.length + ">>")
                            .getBytes(StandardCharsets.ISO_8859_1), marked);
                    continue;
                }
            }
            if (plan.toUnicode.containsKey(number) && object.isStream()) {
                byte[] completed = ToUnicodeCompletion.completed(decoded(number, object),
                        decoded(plan.toUnicode.get(number), raw.object(plan.toUnicode.get(number))));
                if (completed != null) {
                    byte[] data = flate.deflate(completed);
                    out.writeStream(number, ("<</Filter/FlateDecode/Length " + data.length + ">>")
                            .getBytes(StandardCharsets.ISO_8859_1), data);
                    continue;
                }
            }
            if (plan.fonts.get(number)) {
                if (object.isStream()) {
                    throw new IllegalStateException("font object " + number + " is a stream");
                }
                out.pack(number, fixedFont(object));
            } else if (object.isStream()) {
                out.writeStream(number, object.value(), object.data());
            } else {
                out.pack(number, object.value());
            }
        }
        out.flushBatch();
        out.writeXref(PdfPostProcessor.documentId(title, context, plan.pages), raw.root, raw.info);
        out.flush();
        return rewritten;
    }

    /** The page content with unmarked painting wrapped as artifacts, compressed; null if unchanged. */
    private byte[] markedContent(int number, RawObject object) throws IOException {
        Map<String, Span> dict = object.dictionary();
        byte[] b = object.bytes();
        Span filter = dict.get("Filter");
        if (dict.containsKey("DecodeParms") || (filter != null && !"FlateDecode".equals(PdfSyntax.name(b, filter)))) {
            throw new IllegalStateException("page content " + number + " is not plainly Flate-compressed");
        }
        byte[] content = filter == null ? object.data() : flate.inflate(object.data());
        if (!PaintingScan.hasUnmarkedPainting(content)) {
            return null;
        }
        List<Object> marked = ArtifactMarker.mark(new PDFStreamParser(content).parse());
        if (marked == null) {
            return null;
        }
        ByteArrayOutputStream tokens = new ByteArrayOutputStream(content.length + 256);
        new ContentStreamWriter(tokens).writeTokens(marked);
        return flate.deflate(tokens.toByteArray());
    }

    /** A stream's data, inflated if it is Flate-compressed. */
    private byte[] decoded(int number, RawObject object) {
        Map<String, Span> dict = object.dictionary();
        byte[] b = object.bytes();
        Span filter = dict.get("Filter");
        if (dict.containsKey("DecodeParms") || (filter != null && !"FlateDecode".equals(PdfSyntax.name(b, filter)))) {
            throw new IllegalStateException("stream " + number + " is not plainly Flate-compressed");
        }
        return filter == null ? object.data() : flate.inflate(object.data());
    }

    /** A font or descriptor with its subset tag replaced and without /CIDSet. */
    private byte[] fixedFont(RawObject object) {
        byte[] b = object.bytes();
        Map<String, Span> dict = object.dictionary();
        ByteArrayOutputStream fixed = new ByteArrayOutputStream(b.length);
        fixed.writeBytes("<<".getBytes(StandardCharsets.ISO_8859_1));
        for (Map.Entry<String, Span> entry : dict.entrySet()) {
            String key = entry.getKey();
            if ("CIDSet".equals(key)) {
                continue;
            }
            Span value = entry.getValue();
            String name = PdfSyntax.name(b, value);
            byte[] valueBytes;
            if (("BaseFont".equals(key) || "FontName".equals(key)) && name != null
                    && PdfPostProcessor.isSubsetName(name)) {
                valueBytes = ("/" + plan.prefixes.get(name.substring(0, 6)) + name.substring(6))
                        .getBytes(StandardCharsets.ISO_8859_1);
            } else {
                valueBytes = Arrays.copyOfRange(b, value.start(), value.end());
            }
            fixed.writeBytes(("/" + key + " ").getBytes(StandardCharsets.ISO_8859_1));
            fixed.writeBytes(valueBytes);
        }
        fixed.writeBytes(">>".getBytes(StandardCharsets.ISO_8859_1));
        return fixed.toByteArray();
    }
}
