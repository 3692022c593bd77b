package qaf.render.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import qaf.render.pdf.PdfSyntax.Span;

/** The exporter's file: its cross-reference table, and objects read by number on demand. */
final class RawPdf implements Closeable {
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

    /** The bytes before the first object: the version line and binary comment, copied as they are. */
    byte[] header() throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) headerEnd);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, buffer.position()) < 0) {
                throw new IOException("the exported PDF ends inside its header");
            }
        }
        return buffer.array();
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
