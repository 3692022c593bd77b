package qaf.render.pdf;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The pass's Flate codec: one {@link Deflater} and one {@link Inflater}, reset for every stream rather
 * than made anew (their native memory is freed only by {@link #end}, which the copy calls when done).
 */
final class Flate {
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    private final Inflater inflater = new Inflater();

    byte[] deflate(byte[] data) {
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

    byte[] inflate(byte[] data) {
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

    /** Frees the native memory of both; the codec is not used again. */
    void end() {
        deflater.end();
        inflater.end();
    }
}
