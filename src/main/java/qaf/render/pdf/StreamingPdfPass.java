package qaf.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import qaf.render.RenderContext;
import qaf.render.pdf.PdfSyntax.Span;

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
 */
final class StreamingPdfPass {
    private static final Logger LOG = Logger.getLogger(StreamingPdfPass.class.getName());
    private static final int OBJECTS_PER_STREAM = 100;

    private StreamingPdfPass() {
    }

    static void process(Path exported, String title, RenderContext context, OutputStream out) throws IOException {
        long start = System.nanoTime();
        try (RawPdf raw = RawPdf.open(exported)) {
            Plan plan = Plan.of(raw);
            long planned = System.nanoTime();
            Writer writer = new Writer(raw, plan, out);
            int rewritten = writer.copy(title, context);
            LOG.fine(() -> "streaming pass: " + plan.pages + " pages, " + raw.order.length + " objects, "
                    + rewritten + " pages rewritten; planned in " + JasperPdf.millis(start, planned)
                    + " ms, written in " + JasperPdf.millis(planned, System.nanoTime()) + " ms");
        }
    }

    /** One object of the exported file: its value and, for a stream, where its data lies. */
    record RawObject(byte[] bytes, int valueStart, int valueEnd, int dataStart, int dataEnd) {
        boolean isStream() {
            return dataStart >= 0;
        }

        Map<String, Span> dictionary() {
            return PdfSyntax.dictionary(bytes, valueStart, valueEnd);
        }

        byte[] value() {
            return Arrays.copyOfRange(bytes, valueStart, valueEnd);
        }

        byte[] data() {
            return Arrays.copyOfRange(bytes, dataStart, dataEnd);
        }
    }

    /** The exporter's file: its cross-reference table, and objects read by number on demand. */
    static final class RawPdf implements Closeable {
        private final FileChannel channel;
        /** Offset of each object by number; -1 for a free number. */
        final long[] offsets;
        /** Where each object's bytes end: the next object's offset, or the cross-reference table's. */
        final long[] ends;
        /** Object numbers in file order. */
        final int[] order;
        final int root;
        final int info;
        final long headerEnd;

        private RawPdf(FileChannel channel, long[] offsets, long xref, int root, int info) {
            this.channel = channel;
            this.offsets = offsets;
            this.root = root;
            this.info = info;
            int used = 0;
            for (long offset : offsets) {
                used += offset >= 0 ? 1 : 0;
            }
            // Offset and number packed in one long so one primitive sort gives the file order.
            long[] packed = new long[used];
            int k = 0;
            if (offsets.length > 1 << 24) {
                throw new IllegalStateException("more PDF objects than this pass can order: " + offsets.length);
            }
            for (int n = 0; n < offsets.length; n++) {
                if (offsets[n] >= 0) {
                    if (offsets[n] >= 1L << 39) {
                        throw new IllegalStateException("a PDF too large for this pass to order: offset " + offsets[n]);
                    }
                    packed[k++] = offsets[n] << 24 | n;
                }
            }
            Arrays.sort(packed);
            order = new int[used];
            ends = new long[offsets.length];
            for (int i = 0; i < used; i++) {
                order[i] = (int) (packed[i] & 0xFFFFFF);
                ends[order[i]] = i + 1 < used ? packed[i + 1] >>> 24 : xref;
            }
            headerEnd = used == 0 ? xref : packed[0] >>> 24;
        }

        static RawPdf open(Path file) throws IOException {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            try {
                long size = channel.size();
                byte[] tail = read(channel, Math.max(0, size - 1024), (int) Math.min(1024, size));
                String tailText = new String(tail, StandardCharsets.ISO_8859_1);
                int at = tailText.lastIndexOf("startxref");
                if (at < 0) {
                    throw PdfSyntax.syntax("no startxref", 0);
                }
                long xref = Long.parseLong(tailText.substring(at + 9).trim().split("\\s+")[0]);
                byte[] table = read(channel, xref, (int) (size - xref));
                return parseTable(channel, table, xref);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }

        private static RawPdf parseTable(FileChannel channel, byte[] t, long xref) {
            int i = PdfSyntax.skipWhite(t, 0, t.length);
            if (!startsWith(t, i, "xref")) {
                throw PdfSyntax.syntax("classic cross-reference table expected", i);
            }
            i += 4;
            Map<Integer, long[]> sections = new HashMap<>();
            List<Integer> starts = new ArrayList<>();
            int maxNumber = 0;
            while (true) {
                i = PdfSyntax.skipWhite(t, i, t.length);
                if (startsWith(t, i, "trailer")) {
                    break;
                }
                int sp = indexOf(t, i, (byte) ' ');
                int eol = lineEnd(t, i);
                int first = Integer.parseInt(ascii(t, i, sp).trim());
                int count = Integer.parseInt(ascii(t, sp + 1, eol).trim());
                i = PdfSyntax.skipWhite(t, eol, t.length);
                long[] section = new long[count];
                for (int k = 0; k < count; k++, i += 20) {
                    // "nnnnnnnnnn ggggg n\r\n": fixed 20 bytes per entry.
                    section[k] = t[i + 17] == 'n' ? Long.parseLong(ascii(t, i, i + 10)) : -1;
                }
                sections.put(first, section);
                starts.add(first);
                maxNumber = Math.max(maxNumber, first + count);
            }
            Map<String, Span> trailer = PdfSyntax.dictionary(t, PdfSyntax.skipWhite(t, i + 7, t.length), t.length);
            int size = Integer.parseInt(trailer.get("Size").text(t));
            long[] offsets = new long[Math.max(size, maxNumber)];
            Arrays.fill(offsets, -1);
            for (int first : starts) {
                long[] section = sections.get(first);
                System.arraycopy(section, 0, offsets, first, section.length);
            }
            offsets[0] = -1;
            int root = PdfSyntax.reference(t, trailer.get("Root"));
            Span infoSpan = trailer.get("Info");
            int info = infoSpan == null ? -1 : PdfSyntax.reference(t, infoSpan);
            return new RawPdf(channel, offsets, xref, root, info);
        }

        RawObject object(int number) throws IOException {
            long offset = offsets[number];
            byte[] b = read(channel, offset, (int) (ends[number] - offset));
            int i = PdfSyntax.skipWhite(b, 0, b.length);
            int objKeyword = indexOf(b, i, (byte) 'o');
            if (objKeyword < 0 || !startsWith(b, objKeyword, "obj")) {
                throw PdfSyntax.syntax("object " + number + " has no header", i);
            }
            int valueStart = PdfSyntax.skipWhite(b, objKeyword + 3, b.length);
            int last = trimEnd(b, b.length);
            if (!endsWith(b, last, "endobj")) {
                throw PdfSyntax.syntax("object " + number + " is not followed by endobj", last);
            }
            last = trimEnd(b, last - 6);
            int valueEnd = PdfSyntax.valueEnd(b, valueStart, last);
            int after = PdfSyntax.skipWhite(b, valueEnd, last);
            if (after == last) {
                return new RawObject(b, valueStart, valueEnd, -1, -1);
            }
            if (!startsWith(b, after, "stream")) {
                throw PdfSyntax.syntax("object " + number + " has more than one value", after);
            }
            int dataStart = after + 6;
            dataStart += b[dataStart] == '\r' ? 2 : 1;
            Span lengthSpan = PdfSyntax.dictionary(b, valueStart, valueEnd).get("Length");
            int lengthRef = PdfSyntax.reference(b, lengthSpan);
            int length;
            if (lengthRef >= 0) {
                RawObject lengthObject = object(lengthRef);
                length = Integer.parseInt(new String(lengthObject.value(), StandardCharsets.ISO_8859_1));
            } else {
                length = Integer.parseInt(lengthSpan.text(b));
            }
            int dataEnd = dataStart + length;
            if (dataEnd > last || !endsWith(b, last, "endstream")) {
                throw PdfSyntax.syntax("object " + number + ": stream length does not match", dataStart);
            }
            return new RawObject(b, valueStart, valueEnd, dataStart, dataEnd);
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }

        private static byte[] read(FileChannel channel, long offset, int length) throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, offset + buffer.position()) < 0) {
                    throw PdfSyntax.syntax("file ends early", (int) offset);
                }
            }
            return buffer.array();
        }
    }

    /**
     * What the pre-pass learns from the catalog and the page tree: which objects are page content,
     * fonts and font descriptors, which subset tags become which, and the page count.
     */
    static final class Plan {
        final BitSet contents = new BitSet();
        final BitSet fonts = new BitSet();
        final BitSet cidSets = new BitSet();
        /** ToUnicode stream → the font program of its Identity-H font: completed as they are copied. */
        final Map<Integer, Integer> toUnicode = new HashMap<>();
        final Map<String, String> prefixes = new HashMap<>();
        int metadata = -1;
        int pages;

        static Plan of(RawPdf raw) throws IOException {
            Plan plan = new Plan();
            RawObject catalog = raw.object(raw.root);
            Map<String, Span> entries = catalog.dictionary();
            if (entries.containsKey("Metadata")) {
                plan.metadata = PdfSyntax.reference(catalog.bytes(), entries.get("Metadata"));
            }
            Set<Integer> seen = new HashSet<>();
            Deque<Integer> nodes = new ArrayDeque<>();
            nodes.push(PdfSyntax.reference(catalog.bytes(), entries.get("Pages")));
            while (!nodes.isEmpty()) {
                int number = nodes.pop();
                RawObject node = raw.object(number);
                byte[] b = node.bytes();
                Map<String, Span> dict = node.dictionary();
                if ("Pages".equals(PdfSyntax.name(b, dict.get("Type")))) {
                    if (dict.containsKey("Resources")) {
                        // OpenPDF gives every page its own; inherited fonts would escape the subset renaming.
                        throw new IllegalStateException("page tree node " + number + " has inherited /Resources,"
                                + " which this pass does not follow");
                    }
                    List<Span> kids = PdfSyntax.array(b, dict.get("Kids").start(), dict.get("Kids").end());
                    for (int k = kids.size() - 1; k >= 0; k--) {
                        nodes.push(PdfSyntax.reference(b, kids.get(k)));
                    }
                    continue;
                }
                plan.pages++;
                Span contents = dict.get("Contents");
                if (contents != null) {
                    if (b[contents.start()] == '[') {
                        for (Span s : PdfSyntax.array(b, contents.start(), contents.end())) {
                            plan.contents.set(PdfSyntax.reference(b, s));
                        }
                    } else {
                        plan.contents.set(PdfSyntax.reference(b, contents));
                    }
                }
                plan.resources(raw, b, dict.get("Resources"), seen);
            }
            return plan;
        }

        /** Fonts of a resource dictionary and of the form XObjects it names, in order of first use. */
        private void resources(RawPdf raw, byte[] b, Span span, Set<Integer> seen) throws IOException {
            if (span == null) {
                return;
            }
            int ref = PdfSyntax.reference(b, span);
            if (ref >= 0) {
                if (!seen.add(ref)) {
                    return;
                }
                RawObject object = raw.object(ref);
                b = object.bytes();
                span = new Span(object.valueStart(), object.valueEnd());
            }
            Map<String, Span> dict = PdfSyntax.dictionary(b, span.start(), span.end());
            for (int font : values(raw, b, dict.get("Font"))) {
                font(raw, font);
            }
            for (int number : values(raw, b, dict.get("XObject"))) {
                if (number < 0 || !seen.add(number)) {
                    continue;
                }
                RawObject form = raw.object(number);
                Map<String, Span> formDict = form.dictionary();
                if ("Form".equals(PdfSyntax.name(form.bytes(), formDict.get("Subtype")))) {
                    resources(raw, form.bytes(), formDict.get("Resources"), seen);
                }
            }
        }

        /** The objects a sub-dictionary (inline or by reference) names, in entry order. */
        private static List<Integer> values(RawPdf raw, byte[] b, Span span) throws IOException {
            if (span == null) {
                return List.of();
            }
            int ref = PdfSyntax.reference(b, span);
            if (ref >= 0) {
                RawObject object = raw.object(ref);
                b = object.bytes();
                span = new Span(object.valueStart(), object.valueEnd());
            }
            List<Integer> numbers = new ArrayList<>();
            for (Span value : PdfSyntax.dictionary(b, span.start(), span.end()).values()) {
                numbers.add(PdfSyntax.reference(b, value));
            }
            return numbers;
        }

        private void font(RawPdf raw, int number) throws IOException {
            if (number < 0 || fonts.get(number)) {
                return;
            }
            fonts.set(number);
            RawObject font = raw.object(number);
            byte[] b = font.bytes();
            Map<String, Span> dict = font.dictionary();
            rename(b, dict.get("BaseFont"));
            shapedFont(raw, b, dict);
            Span descendants = dict.get("DescendantFonts");
            if (descendants != null) {
                int ref = PdfSyntax.reference(b, descendants);
                if (ref >= 0) {
                    throw new IllegalStateException("an indirect DescendantFonts array is not expected from the exporter");
                }
                for (Span cidFont : PdfSyntax.array(b, descendants.start(), descendants.end())) {
                    font(raw, PdfSyntax.reference(b, cidFont));
                }
            }
            Span descriptorRef = dict.get("FontDescriptor");
            int descriptor = descriptorRef == null ? -1 : PdfSyntax.reference(b, descriptorRef);
            if (descriptor >= 0 && !fonts.get(descriptor)) {
                fonts.set(descriptor);
                RawObject object = raw.object(descriptor);
                Map<String, Span> descriptorDict = object.dictionary();
                Span cidSet = descriptorDict.get("CIDSet");
                if (cidSet != null) {
                    cidSets.set(PdfSyntax.reference(object.bytes(), cidSet));
                }
                rename(object.bytes(), descriptorDict.get("FontName"));
            }
        }

        /**
         * Notes a Type0 font's ToUnicode stream and its font program, as {@link ToUnicodeCompletion}
         * needs them: one descendant with an identity CIDToGIDMap (codes are glyph ids) and an
         * embedded TrueType program. Shaped text draws glyphs that no character maps to.
         */
        private void shapedFont(RawPdf raw, byte[] b, Map<String, Span> dict) throws IOException {
            Span subtype = dict.get("Subtype");
            Span toUnicodeRef = dict.get("ToUnicode");
            Span descendants = dict.get("DescendantFonts");
            if (subtype == null || !"Type0".equals(PdfSyntax.name(b, subtype)) || toUnicodeRef == null
                    || descendants == null || PdfSyntax.reference(b, descendants) >= 0) {
                return;
            }
            int toUnicodeNumber = PdfSyntax.reference(b, toUnicodeRef);
            List<Span> cidFonts = PdfSyntax.array(b, descendants.start(), descendants.end());
            if (toUnicodeNumber < 0 || cidFonts.size() != 1 || PdfSyntax.reference(b, cidFonts.get(0)) < 0) {
                return;
            }
            RawObject cidFont = raw.object(PdfSyntax.reference(b, cidFonts.get(0)));
            Map<String, Span> cidDict = cidFont.dictionary();
            Span map = cidDict.get("CIDToGIDMap");
            Span descriptorRef = cidDict.get("FontDescriptor");
            if ((map != null && !"Identity".equals(PdfSyntax.name(cidFont.bytes(), map))) || descriptorRef == null
                    || PdfSyntax.reference(cidFont.bytes(), descriptorRef) < 0) {
                return;
            }
            RawObject descriptor = raw.object(PdfSyntax.reference(cidFont.bytes(), descriptorRef));
            Span fontFile = descriptor.dictionary().get("FontFile2");
            int fontFileNumber = fontFile == null ? -1 : PdfSyntax.reference(descriptor.bytes(), fontFile);
            if (fontFileNumber >= 0) {
                toUnicode.put(toUnicodeNumber, fontFileNumber);
            }
        }

        private void rename(byte[] b, Span span) {
            String name = span == null ? null : PdfSyntax.name(b, span);
            if (name != null && PdfPostProcessor.isSubsetName(name)) {
                PdfPostProcessor.newPrefix(name, prefixes);
            }
        }
    }

    /** Writes the new file: objects in the exporter's order, those that are not streams packed. */
    private static final class Writer {
        private final RawPdf raw;
        private final Plan plan;
        private final CountingStream out;
        private final byte[] types;
        private final long[] field2;
        private final int[] field3;
        private int nextNumber;
        private final List<Integer> batchNumbers = new ArrayList<>(OBJECTS_PER_STREAM);
        private final ByteArrayOutputStream batch = new ByteArrayOutputStream();
        private final List<Integer> batchOffsets = new ArrayList<>(OBJECTS_PER_STREAM);
        private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        private final Inflater inflater = new Inflater();

        Writer(RawPdf raw, Plan plan, OutputStream out) {
            this.raw = raw;
            this.plan = plan;
            this.out = new CountingStream(out);
            int capacity = raw.offsets.length + raw.order.length / OBJECTS_PER_STREAM + 3;
            types = new byte[capacity];
            field2 = new long[capacity];
            field3 = new int[capacity];
            nextNumber = raw.offsets.length;
        }

        /** Writes everything; the number of page content streams rewritten. */
        int copy(String title, RenderContext context) throws IOException {
            try {
                return copyObjects(title, context);
            } finally {
                deflater.end();
                inflater.end();
            }
        }

        private int copyObjects(String title, RenderContext context) throws IOException {
            out.write(readHeader());
            int rewritten = 0;
            for (int number : raw.order) {
                if (plan.cidSets.get(number)) {
                    continue; // dropped with the /CIDSet entry that named it
                }
                if (number == raw.info) {
                    pack(number, PdfPostProcessor.infoDictionary(title, context));
                    continue;
                }
                if (number == plan.metadata) {
                    byte[] xmp = PdfUaMetadata.xmp(title, context.toolVersion(), context.documentDate());
                    writeStream(number, ("<</Type/Metadata/Subtype/XML/Length " + xmp.length + ">>")
                            .getBytes(StandardCharsets.ISO_8859_1), xmp);
                    continue;
                }
                RawObject object = raw.object(number);
                if (plan.contents.get(number)) {
                    byte[] marked = object.isStream() ? markedContent(number, object) : null;
                    if (marked != null) {
                        rewritten++;
                        writeStream(number, ("<</Filter/FlateDecode/Length " + marked.length + ">>")
                                .getBytes(StandardCharsets.ISO_8859_1), marked);
                        continue;
                    }
                }
                if (plan.toUnicode.containsKey(number) && object.isStream()) {
                    byte[] completed = ToUnicodeCompletion.completed(decoded(number, object),
                            decoded(plan.toUnicode.get(number), raw.object(plan.toUnicode.get(number))));
                    if (completed != null) {
                        byte[] data = deflate(completed);
                        writeStream(number, ("<</Filter/FlateDecode/Length " + data.length + ">>")
                                .getBytes(StandardCharsets.ISO_8859_1), data);
                        continue;
                    }
                }
                if (plan.fonts.get(number)) {
                    if (object.isStream()) {
                        throw new IllegalStateException("font object " + number + " is a stream");
                    }
                    pack(number, fixedFont(object));
                } else if (object.isStream()) {
                    writeStream(number, object.value(), object.data());
                } else {
                    pack(number, object.value());
                }
            }
            flushBatch();
            writeXref(PdfPostProcessor.documentId(title, context, plan.pages));
            out.flush();
            return rewritten;
        }

        private byte[] readHeader() throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate((int) raw.headerEnd);
            while (buffer.hasRemaining()) {
                if (raw.channel.read(buffer, buffer.position()) < 0) {
                    throw new IOException("the exported PDF ends inside its header");
                }
            }
            return buffer.array();
        }

        /** The page content with unmarked painting wrapped as artifacts, compressed; null if unchanged. */
        private byte[] markedContent(int number, RawObject object) throws IOException {
            Map<String, Span> dict = object.dictionary();
            byte[] b = object.bytes();
            Span filter = dict.get("Filter");
            if (dict.containsKey("DecodeParms") || (filter != null && !"FlateDecode".equals(PdfSyntax.name(b, filter)))) {
                throw new IllegalStateException("page content " + number + " is not plainly Flate-compressed");
            }
            byte[] content = filter == null ? object.data() : inflate(object.data());
            if (!ArtifactMarker.hasUnmarkedPainting(content)) {
                return null;
            }
            List<Object> marked = ArtifactMarker.mark(new PDFStreamParser(content).parse());
            if (marked == null) {
                return null;
            }
            ByteArrayOutputStream tokens = new ByteArrayOutputStream(content.length + 256);
            new ContentStreamWriter(tokens).writeTokens(marked);
            return deflate(tokens.toByteArray());
        }

        /** A stream's data, inflated if it is Flate-compressed. */
        private byte[] decoded(int number, RawObject object) {
            Map<String, Span> dict = object.dictionary();
            byte[] b = object.bytes();
            Span filter = dict.get("Filter");
            if (dict.containsKey("DecodeParms") || (filter != null && !"FlateDecode".equals(PdfSyntax.name(b, filter)))) {
                throw new IllegalStateException("stream " + number + " is not plainly Flate-compressed");
            }
            return filter == null ? object.data() : inflate(object.data());
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

        /** Adds an object that is not a stream to the object stream being filled. */
        private void pack(int number, byte[] value) throws IOException {
            if (batchNumbers.size() == OBJECTS_PER_STREAM) {
                flushBatch();
            }
            batchNumbers.add(number);
            batchOffsets.add(batch.size());
            batch.writeBytes(value);
            batch.write('\n');
        }

        private void flushBatch() throws IOException {
            if (batchNumbers.isEmpty()) {
                return;
            }
            int streamNumber = nextNumber++;
            StringBuilder header = new StringBuilder();
            for (int i = 0; i < batchNumbers.size(); i++) {
                int number = batchNumbers.get(i);
                header.append(number).append(' ').append(batchOffsets.get(i)).append(' ');
                types[number] = 2;
                field2[number] = streamNumber;
                field3[number] = i;
            }
            byte[] headerBytes = header.toString().getBytes(StandardCharsets.ISO_8859_1);
            ByteArrayOutputStream content = new ByteArrayOutputStream(headerBytes.length + batch.size());
            content.writeBytes(headerBytes);
            batch.writeTo(content);
            byte[] data = deflate(content.toByteArray());
            writeStream(streamNumber, ("<</Type/ObjStm/N " + batchNumbers.size() + "/First " + headerBytes.length
                    + "/Filter/FlateDecode/Length " + data.length + ">>").getBytes(StandardCharsets.ISO_8859_1), data);
            batchNumbers.clear();
            batchOffsets.clear();
            batch.reset();
        }

        private void writeStream(int number, byte[] dictionary, byte[] data) throws IOException {
            types[number] = 1;
            field2[number] = out.position();
            out.write((number + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(dictionary);
            out.write("\nstream\n".getBytes(StandardCharsets.ISO_8859_1));
            out.write(data);
            out.write("\nendstream\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        }

        private void writeXref(byte[] id) throws IOException {
            int xrefNumber = nextNumber++;
            long xrefOffset = out.position();
            types[xrefNumber] = 1;
            field2[xrefNumber] = xrefOffset;
            int size = xrefNumber + 1;
            long max = 0;
            for (int n = 0; n < size; n++) {
                max = Math.max(max, field2[n]);
            }
            int width = 1;
            while (width < 8 && max >= 1L << (8 * width)) {
                width++;
            }
            byte[] table = new byte[size * (1 + width + 2)];
            int p = 0;
            for (int n = 0; n < size; n++) {
                table[p++] = types[n];
                long value = field2[n];
                for (int k = width - 1; k >= 0; k--) {
                    table[p++] = (byte) (value >>> (8 * k));
                }
                int third = n == 0 ? 0xFFFF : field3[n];
                table[p++] = (byte) (third >>> 8);
                table[p++] = (byte) third;
            }
            byte[] data = deflate(table);
            String hexId = hex(id);
            String dictionary = "<</Type/XRef/Size " + size + "/W[1 " + width + " 2]/Root " + raw.root + " 0 R"
                    + (raw.info >= 0 ? "/Info " + raw.info + " 0 R" : "") + "/ID[<" + hexId + "><" + hexId + ">]"
                    + "/Filter/FlateDecode/Length " + data.length + ">>";
            writeStream(xrefNumber, dictionary.getBytes(StandardCharsets.ISO_8859_1), data);
            out.write(("startxref\n" + xrefOffset + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));
        }

        private byte[] deflate(byte[] data) {
            deflater.reset();
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(Math.max(64, data.length / 3));
            byte[] chunk = new byte[1 << 16];
            while (!deflater.finished()) {
                int n = deflater.deflate(chunk);
                compressed.write(chunk, 0, n);
            }
            return compressed.toByteArray();
        }

        private byte[] inflate(byte[] data) {
            inflater.reset();
            inflater.setInput(data);
            ByteArrayOutputStream plain = new ByteArrayOutputStream(data.length * 4);
            byte[] chunk = new byte[1 << 16];
            try {
                while (!inflater.finished()) {
                    int n = inflater.inflate(chunk);
                    if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        break;
                    }
                    plain.write(chunk, 0, n);
                }
            } catch (DataFormatException e) {
                throw new IllegalStateException("a stream of the exported PDF does not inflate", e);
            }
            return plain.toByteArray();
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            text.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return text.toString();
    }

    /** An output stream that knows how many bytes went through it, for the cross-reference offsets. */
    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        private long position;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        long position() {
            return position;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            position++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            position += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }

    private static boolean startsWith(byte[] b, int i, String text) {
        if (i < 0 || i + text.length() > b.length) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            if (b[i + k] != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(byte[] b, int end, String text) {
        return startsWith(b, end - text.length(), text);
    }

    private static int trimEnd(byte[] b, int end) {
        while (end > 0 && PdfSyntax.isWhite(b[end - 1] & 0xFF)) {
            end--;
        }
        return end;
    }

    private static int indexOf(byte[] b, int from, byte value) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static int lineEnd(byte[] b, int from) {
        int i = from;
        while (i < b.length && b[i] != '\n' && b[i] != '\r') {
            i++;
        }
        return i;
    }

    private static String ascii(byte[] b, int start, int end) {
        return new String(b, start, end - start, StandardCharsets.ISO_8859_1);
    }
}
