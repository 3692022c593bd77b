package qaf.briefing;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.util.Map;

/**
 * Measures panel text the way JasperReports lays it out (AWT line breaking with the embedded DejaVu
 * Sans, one paragraph per line break), so the renderer can choose a type size at which a section fits
 * its panel, or see that it does not fit even at the smallest readable size. A safety margin on
 * both width and height absorbs the small differences between this and the fill's own measuring:
 * the test of every sample's words in the PDF text is what proves nothing is cut.
 */
final class PanelFit {
    static final int MAX_SIZE = 13;
    /** The smallest readable size on a printed page held at arm's length. */
    static final int MIN_SIZE = 8;
    private static final double HEIGHT_MARGIN = 0.95;
    private static final float WIDTH_MARGIN = 1.5f;
    private static final Font REGULAR = load("DejaVuSans.ttf");
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private PanelFit() {
    }

    /** The largest whole size from {@link #MAX_SIZE} down to {@link #MIN_SIZE} that fits, or 0 if none does. */
    static int largestFit(String text, float width, float height) {
        for (int size = MAX_SIZE; size >= MIN_SIZE; size--) {
            if (fits(text, width, height, size)) {
                return size;
            }
        }
        return 0;
    }

    static boolean fits(String text, float width, float height, int size) {
        return height(text, width, size) <= height * HEIGHT_MARGIN;
    }

    /** The height the text takes in a box this wide at this size. */
    static double height(String text, float width, int size) {
        Font font = REGULAR.deriveFont((float) size);
        float wrap = Math.max(1f, width - WIDTH_MARGIN);
        double total = 0;
        for (String paragraph : text.split("\n", -1)) {
            if (paragraph.isEmpty()) {
                TextLayout blank = new TextLayout(" ", font, FRC);
                total += blank.getAscent() + blank.getDescent() + blank.getLeading();
                continue;
            }
            AttributedString s = new AttributedString(paragraph, Map.of(TextAttribute.FONT, font));
            LineBreakMeasurer m = new LineBreakMeasurer(s.getIterator(), FRC);
            while (m.getPosition() < paragraph.length()) {
                TextLayout line = m.nextLayout(wrap);
                total += line.getAscent() + line.getDescent() + line.getLeading();
            }
        }
        return total;
    }

    /**
     * The longest run of whole words from the start of {@code text} that fits with {@code suffix}
     * after it; at least the first word.
     */
    static String prefixThatFits(String text, String suffix, float width, float height, int size) {
        String[] words = text.split(" ", -1);
        int lo = 1;
        int hi = words.length;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (fits(join(words, mid) + suffix, width, height, size)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return join(words, lo) + suffix;
    }

    private static String join(String[] words, int n) {
        return String.join(" ", java.util.Arrays.asList(words).subList(0, n)).stripTrailing();
    }

    private static Font load(String file) {
        // Opened from qaf's private font folder: no temporary copy in the shared temp folder.
        return qaf.render.FontFiles.awt("net/sf/jasperreports/fonts/dejavu/" + file);
    }
}
