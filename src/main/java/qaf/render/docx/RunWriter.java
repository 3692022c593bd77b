package qaf.render.docx;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes text as WordprocessingML runs ({@code w:r}): line breaks and tabs as their elements, what
 * XML cannot hold dropped, and a run style (a house-style id) or none. In a title, a hyphen between
 * digits ("2018-19") is Word's non-breaking hyphen, so a long title never ends a line on "2018-".
 */
final class RunWriter {
    private final Writer out;

    RunWriter(Writer out) {
        this.out = out;
    }

    /**
     * Writes text as runs, one per stretch of writing direction: Arabic or Urdu stretches are marked
     * right-to-left so Word shapes and orders them correctly inside English paragraphs.
     */
    void write(String text, String runStyle) throws IOException {
        write(text, runStyle, false);
    }

    /** @param keepRanges hyphens between digits do not break (titles: a year or number range stays whole) */
    void write(String text, String runStyle, boolean keepRanges) throws IOException {
        int start = 0;
        int direction = 0; // 0 unknown yet, 1 left-to-right, -1 right-to-left
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int d = WritingDirection.strongDirection(cp);
            if (d != 0 && direction != 0 && d != direction) {
                run(text, start, i, runStyle, direction < 0, keepRanges);
                start = i;
            }
            if (d != 0) {
                direction = d;
            }
            i += Character.charCount(cp);
        }
        if (start < text.length() || text.isEmpty()) {
            run(text, start, text.length(), runStyle, direction < 0, keepRanges);
        }
    }

    private void run(String text, int from, int to, String runStyle, boolean rightToLeft, boolean keepRanges)
            throws IOException {
        out.write("<w:r>");
        if (runStyle != null || rightToLeft) {
            out.write("<w:rPr>");
            if (runStyle != null) {
                out.write("<w:rStyle w:val=\"");
                out.write(runStyle);
                out.write("\"/>");
            }
            if (rightToLeft) {
                out.write("<w:rtl/>");
            }
            out.write("</w:rPr>");
        }
        boolean open = false;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\t') {
                if (open) {
                    out.write("</w:t>");
                    open = false;
                }
                out.write(cp == '\n' ? "<w:br/>" : "<w:tab/>");
                continue;
            }
            if (keepRanges && cp == '-' && i - 1 > from && i < to && isDigit(text.charAt(i - 2))
                    && isDigit(text.charAt(i))) {
                if (open) {
                    out.write("</w:t>");
                    open = false;
                }
                out.write("<w:noBreakHyphen/>");
                continue;
            }
            if (cp == '\r' || !XmlText.isXmlChar(cp)) {
                continue; // not representable in XML 1.0; a carriage return is part of a line break
            }
            if (!open) {
                out.write("<w:t xml:space=\"preserve\">");
                open = true;
            }
            switch (cp) {
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '&' -> out.write("&amp;");
                default -> {
                    if (cp < 0x10000) {
                        out.write(cp);
                    } else {
                        out.write(Character.highSurrogate(cp));
                        out.write(Character.lowSurrogate(cp));
                    }
                }
            }
        }
        if (open) {
            out.write("</w:t>");
        }
        out.write("</w:r>");
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
