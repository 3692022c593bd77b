package qaf.render.pdf;

import java.util.Arrays;
import java.util.Map;
import qaf.render.pdf.PdfSyntax.Span;

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
