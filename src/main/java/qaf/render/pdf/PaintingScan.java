package qaf.render.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Decides from a content stream's bytes, without building PDFBox tokens, whether it paints anything
 * outside marked content: building tokens for every page cost more than the rest of the pass, and
 * most pages need no change.
 */
final class PaintingScan {
    /** Bytes that continue a word: neither white space nor a delimiter (a table, read for every byte). */
    private static final boolean[] REGULAR = new boolean[256];
    private static final int BMC = packed("BMC");
    private static final int BDC = packed("BDC");
    private static final int EMC = packed("EMC");
    private static final int BI = packed("BI");
    /** The operators that paint (or show text) other than BI, packed and sorted for a binary search. */
    private static final int[] PAINTING = Stream.of(ArtifactMarker.PATH_CONSTRUCTION, ArtifactMarker.PATH_PAINTING,
                    ArtifactMarker.SINGLE_PAINTING, ArtifactMarker.TEXT_SHOWING)
            .flatMap(Set::stream).filter(op -> !op.equals("BI")).mapToInt(PaintingScan::packed).sorted().toArray();

    static {
        for (int b = 0; b < 256; b++) {
            REGULAR[b] = !isWhite(b) && "()<>[]{}/%".indexOf(b) < 0;
        }
    }

    private PaintingScan() {
    }

    /**
     * Whether {@link ArtifactMarker#mark} would change this content stream, found by scanning its bytes without
     * building tokens: a painting, XObject, shading, inline-image or text-showing operator outside
     * any marked-content sequence.
     */
    static boolean hasUnmarkedPainting(byte[] c) {
        int depth = 0;
        int i = 0;
        int n = c.length;
        while (i < n) {
            int b = c[i] & 0xFF;
            if (isWhite(b)) {
                i++;
            } else if (b == '%') {
                while (i < n && c[i] != '\n' && c[i] != '\r') {
                    i++;
                }
            } else if (b == '(') {
                i = skipLiteralString(c, i);
            } else if (b == '<') {
                if (i + 1 < n && c[i + 1] == '<') {
                    i += 2;
                } else {
                    while (i < n && c[i] != '>') {
                        i++;
                    }
                    i++;
                }
            } else if (b == '>') {
                i += (i + 1 < n && c[i + 1] == '>') ? 2 : 1;
            } else if (b == '[' || b == ']' || b == '{' || b == '}' || b == ')') {
                i++;
            } else if (b == '/') {
                i++;
                while (i < n && REGULAR[c[i] & 0xFF]) {
                    i++;
                }
            } else {
                int start = i;
                while (i < n && REGULAR[c[i] & 0xFF]) {
                    i++;
                }
                // Every operator that matters is one to three bytes: longer words (numbers) are skipped.
                if (i - start > 3) {
                    continue;
                }
                int word = packed(c, start, i);
                if (word == BMC || word == BDC) {
                    depth++;
                } else if (word == EMC) {
                    depth = Math.max(0, depth - 1);
                } else if (word == BI) {
                    if (depth == 0) {
                        return true;
                    }
                    i = skipInlineImage(c, i);
                } else if (depth == 0 && Arrays.binarySearch(PAINTING, word) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int skipLiteralString(byte[] c, int start) {
        int nesting = 0;
        int i = start;
        while (i < c.length) {
            byte b = c[i];
            if (b == '\\') {
                i += 2;
                continue;
            }
            if (b == '(') {
                nesting++;
            } else if (b == ')') {
                nesting--;
                if (nesting == 0) {
                    return i + 1;
                }
            }
            i++;
        }
        return i;
    }

    /** From after "BI" to after the "EI" that ends the image data. */
    private static int skipInlineImage(byte[] c, int start) {
        int i = start;
        while (i + 1 < c.length && !(c[i] == 'I' && c[i - 1] == 'D' && isWhite(c[i - 2] & 0xFF))) {
            i++;
        }
        while (i + 2 < c.length) {
            if (c[i] == 'E' && c[i + 1] == 'I' && isWhite(c[i - 1] & 0xFF)
                    && (i + 2 == c.length || isWhite(c[i + 2] & 0xFF))) {
                return i + 2;
            }
            i++;
        }
        return c.length;
    }

    private static boolean isWhite(int b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
    }

    /** A word of up to three bytes as one number, so no word needs a String to be recognised. */
    private static int packed(byte[] c, int from, int to) {
        int word = 0;
        for (int k = from; k < to; k++) {
            word = word << 8 | (c[k] & 0xFF);
        }
        return word;
    }

    private static int packed(String word) {
        return packed(word.getBytes(StandardCharsets.ISO_8859_1), 0, word.length());
    }
}
