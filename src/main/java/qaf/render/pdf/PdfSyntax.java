package qaf.render.pdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough PDF object syntax (ISO 32000-1, 7.2–7.3) to find the extent of a value, the entries of
 * a dictionary and the references in an array, working on the bytes in place: the streaming
 * post-processing pass reads one object at a time and copies almost all of them unchanged.
 */
final class PdfSyntax {
    private PdfSyntax() {
    }

    /** A value inside a byte array: {@code bytes[start, end)}. */
    record Span(int start, int end) {
        String text(byte[] bytes) {
            return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        }
    }

    static boolean isWhite(int b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
    }

    static boolean isDelimiter(int b) {
        return "()<>[]{}/%".indexOf(b) >= 0;
    }

    private static boolean isRegular(int b) {
        return !isWhite(b) && !isDelimiter(b);
    }

    /** The first index at or after {@code i} that is neither white space nor inside a comment. */
    static int skipWhite(byte[] b, int i, int end) {
        while (i < end) {
            int c = b[i] & 0xFF;
            if (isWhite(c)) {
                i++;
            } else if (c == '%') {
                while (i < end && b[i] != '\n' && b[i] != '\r') {
                    i++;
                }
            } else {
                return i;
            }
        }
        return i;
    }

    /** The end of the value starting at {@code i} (white space already skipped). */
    static int valueEnd(byte[] b, int i, int end) {
        if (i >= end) {
            throw syntax("value expected", i);
        }
        int c = b[i] & 0xFF;
        if (c == '<' && i + 1 < end && b[i + 1] == '<') {
            int j = i + 2;
            while (true) {
                j = skipWhite(b, j, end);
                if (j + 1 < end && b[j] == '>' && b[j + 1] == '>') {
                    return j + 2;
                }
                j = valueEnd(b, j, end); // key
                j = valueEnd(b, skipWhite(b, j, end), end);
            }
        }
        if (c == '[') {
            int j = i + 1;
            while (true) {
                j = skipWhite(b, j, end);
                if (j < end && b[j] == ']') {
                    return j + 1;
                }
                j = valueEnd(b, j, end);
            }
        }
        if (c == '(') {
            return literalStringEnd(b, i, end);
        }
        if (c == '<') {
            int j = i + 1;
            while (j < end && b[j] != '>') {
                j++;
            }
            if (j >= end) {
                throw syntax("unterminated hex string", i);
            }
            return j + 1;
        }
        if (c == '/') {
            return tokenEnd(b, i + 1, end);
        }
        if (!isRegular(c)) {
            throw syntax("unexpected '" + (char) c + "'", i);
        }
        int tokenEnd = tokenEnd(b, i, end);
        // An integer may start a reference "n g R".
        if (isInteger(b, i, tokenEnd)) {
            int g = skipWhite(b, tokenEnd, end);
            int gEnd = g < end && isRegular(b[g] & 0xFF) ? tokenEnd(b, g, end) : g;
            if (gEnd > g && isInteger(b, g, gEnd)) {
                int r = skipWhite(b, gEnd, end);
                if (r < end && b[r] == 'R' && (r + 1 == end || !isRegular(b[r + 1] & 0xFF))) {
                    return r + 1;
                }
            }
        }
        return tokenEnd;
    }

    private static int tokenEnd(byte[] b, int i, int end) {
        while (i < end && isRegular(b[i] & 0xFF)) {
            i++;
        }
        return i;
    }

    private static boolean isInteger(byte[] b, int start, int end) {
        if (start == end) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private static int literalStringEnd(byte[] b, int start, int end) {
        int nesting = 0;
        for (int i = start; i < end; i++) {
            byte c = b[i];
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                nesting++;
            } else if (c == ')' && --nesting == 0) {
                return i + 1;
            }
        }
        throw syntax("unterminated string", start);
    }

    /** The entries of the dictionary starting at {@code i}, in file order, keyed by name without '/'. */
    static Map<String, Span> dictionary(byte[] b, int i, int end) {
        if (!(i + 1 < end && b[i] == '<' && b[i + 1] == '<')) {
            throw syntax("dictionary expected", i);
        }
        Map<String, Span> entries = new LinkedHashMap<>();
        int j = i + 2;
        while (true) {
            j = skipWhite(b, j, end);
            if (j + 1 < end && b[j] == '>' && b[j + 1] == '>') {
                return entries;
            }
            if (j >= end || b[j] != '/') {
                throw syntax("name expected as dictionary key", j);
            }
            int keyEnd = tokenEnd(b, j + 1, end);
            String key = new String(b, j + 1, keyEnd - j - 1, StandardCharsets.ISO_8859_1);
            int valueStart = skipWhite(b, keyEnd, end);
            int valueEnd = valueEnd(b, valueStart, end);
            entries.put(key, new Span(valueStart, valueEnd));
            j = valueEnd;
        }
    }

    /** The values of the array starting at {@code i}. */
    static List<Span> array(byte[] b, int i, int end) {
        if (i >= end || b[i] != '[') {
            throw syntax("array expected", i);
        }
        List<Span> values = new ArrayList<>();
        int j = i + 1;
        while (true) {
            j = skipWhite(b, j, end);
            if (j < end && b[j] == ']') {
                return values;
            }
            int valueEnd = valueEnd(b, j, end);
            values.add(new Span(j, valueEnd));
            j = valueEnd;
        }
    }

    /** The object number of the reference at {@code span}, or -1 if it is not a reference. */
    static int reference(byte[] b, Span span) {
        int i = span.start();
        int numberEnd = tokenEnd(b, i, span.end());
        if (span.end() - i < 5 || b[span.end() - 1] != 'R' || !isInteger(b, i, numberEnd)) {
            return -1;
        }
        return Integer.parseInt(new String(b, i, numberEnd - i, StandardCharsets.ISO_8859_1));
    }

    /** The name at {@code span} without its '/', or null if it is not a name. */
    static String name(byte[] b, Span span) {
        return b[span.start()] == '/' ? new String(b, span.start() + 1, span.end() - span.start() - 1,
                StandardCharsets.ISO_8859_1) : null;
    }

    static IllegalStateException syntax(String what, int at) {
        return new IllegalStateException("exported PDF not understood: " + what + " at byte " + at + " of an object");
    }
}
