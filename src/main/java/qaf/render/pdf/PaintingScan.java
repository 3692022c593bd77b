package qaf.render.pdf;

import java.nio.charset.StandardCharsets;

/**
 * Decides from a content stream's bytes, without building PDFBox tokens, whether it paints anything
 * outside marked content: building tokens for every page cost more than the rest of the pass, and
 * most pages need no change.
 */
final class PaintingScan {
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
                while (i < n && isRegular(c[i] & 0xFF)) {
                    i++;
                }
            } else {
                int start = i;
                while (i < n && isRegular(c[i] & 0xFF)) {
                    i++;
                }
                String word = new String(c, start, i - start, StandardCharsets.ISO_8859_1);
                switch (word) {
                    case "BMC", "BDC" -> depth++;
                    case "EMC" -> depth = Math.max(0, depth - 1);
                    case "BI" -> {
                        if (depth == 0) {
                            return true;
                        }
                        i = skipInlineImage(c, i);
                    }
                    default -> {
                        if (depth == 0 && (ArtifactMarker.PATH_CONSTRUCTION.contains(word) || ArtifactMarker.PATH_PAINTING.contains(word)
                                || ArtifactMarker.SINGLE_PAINTING.contains(word) || ArtifactMarker.TEXT_SHOWING.contains(word))) {
                            return true;
                        }
                    }
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

    private static boolean isRegular(int b) {
        return !isWhite(b) && "()<>[]{}/%".indexOf(b) < 0;
    }
}
