package qaf.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The new file's object layer: streams written as they come, objects that are not streams packed
 * into compressed object streams ({@value #OBJECTS_PER_STREAM} at a time), and a closing
 * cross-reference stream, as PDFBox writes them. It counts the bytes it writes, so it knows every
 * object's offset without seeking back.
 */
final class PackedOutput {
    static final int OBJECTS_PER_STREAM = 100;

    private final CountingStream out;
    private final Flate flate;
    /** Cross-reference entry by object number: type (1 in the file, 2 in an object stream) and two fields. */
    private final byte[] types;
    private final long[] field2;
    private final int[] field3;
    private int nextNumber;
    private final List<Integer> batchNumbers = new ArrayList<>(OBJECTS_PER_STREAM);
    private final ByteArrayOutputStream batch = new ByteArrayOutputStream();
    private final List<Integer> batchOffsets = new ArrayList<>(OBJECTS_PER_STREAM);

    /**
     * @param capacity more than the highest object number the file will have, with its object streams
     * @param nextNumber the first number free for the object streams and the cross-reference stream
     */
    PackedOutput(OutputStream out, int capacity, int nextNumber, Flate flate) {
        this.out = new CountingStream(out);
        this.flate = flate;
        types = new byte[capacity];
        field2 = new long[capacity];
        field3 = new int[capacity];
        this.nextNumber = nextNumber;
    }

    /** Bytes outside any object: the file's header. */
    void write(byte[] bytes) throws IOException {
        out.write(bytes);
    }

    void flush() throws IOException {
        out.flush();
    }

    /** Adds an object that is not a stream to the object stream being filled. */
    void pack(int number, byte[] value) throws IOException {
        if (batchNumbers.size() == OBJECTS_PER_STREAM) {
            flushBatch();
        }
        batchNumbers.add(number);
        batchOffsets.add(batch.size());
        batch.writeBytes(value);
        batch.write('\n');
    }

    void flushBatch() throws IOException {
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
        byte[] data = flate.deflate(content.toByteArray());
        writeStream(streamNumber, ("<</Type/ObjStm/N " + batchNumbers.size() + "/First " + headerBytes.length
                + "/Filter/FlateDecode/Length " + data.length + ">>").getBytes(StandardCharsets.ISO_8859_1), data);
        batchNumbers.clear();
        batchOffsets.clear();
        batch.reset();
    }

    void writeStream(int number, byte[] dictionary, byte[] data) throws IOException {
        types[number] = 1;
        field2[number] = out.position();
        out.write((number + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(dictionary);
        out.write("\nstream\n".getBytes(StandardCharsets.ISO_8859_1));
        out.write(data);
        out.write("\nendstream\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    void writeXref(byte[] id, int root, int info) throws IOException {
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
        byte[] data = flate.deflate(table);
        String hexId = hex(id);
        String dictionary = "<</Type/XRef/Size " + size + "/W[1 " + width + " 2]/Root " + root + " 0 R"
                + (info >= 0 ? "/Info " + info + " 0 R" : "") + "/ID[<" + hexId + "><" + hexId + ">]"
                + "/Filter/FlateDecode/Length " + data.length + ">>";
        writeStream(xrefNumber, dictionary.getBytes(StandardCharsets.ISO_8859_1), data);
        out.write(("startxref\n" + xrefOffset + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));
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
}
