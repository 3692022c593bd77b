package qaf.render.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Logger;

/**
 * Replaces characters the embedded fonts cannot draw (emoji, rare scripts) with a visible
 * {@value #REPLACEMENT}, so that no document fails and no glyph silently vanishes. One instance serves
 * one rendering: it counts what it replaced, and {@link #logSummary(String)} reports the count, never
 * the text (it may be personal data).
 *
 * <p>Coverage is checked against the DejaVu Sans regular and bold faces that the build embeds
 * (the {@code jasperreports-fonts} extension). Control characters other than tab and line feed are
 * dropped; CR LF and CR become LF.
 */
public final class GlyphSubstitution {
    /** What a character the fonts lack becomes. */
    public static final String REPLACEMENT = "\u25A1";

    private static final Logger LOG = Logger.getLogger(GlyphSubstitution.class.getName());
    private static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";

    private final List<Font> fonts;
    private int substituted;

    private GlyphSubstitution(List<Font> fonts) {
        this.fonts = fonts;
    }

    /** For text set in the embedded DejaVu Sans family. */
    public static GlyphSubstitution forDejaVuSans() {
        return new GlyphSubstitution(EmbeddedFonts.SANS);
    }

    /** {@code text} with every character the fonts lack replaced; null stays null. */
    public String apply(String text) {
        if (text == null || isPlainAscii(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean afterReplacement = false;
        boolean joinNext = false;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i < text.length() && text.charAt(i) == '\n') {
                    continue;
                }
                cp = '\n';
            }
            if (afterReplacement && isSequenceContinuation(cp)) {
                // Joiners, variation selectors and skin tones belong to the emoji just replaced.
                joinNext = cp == 0x200D;
                continue;
            }
            if (joinNext) {
                // The next emoji of a ZWJ sequence ("family") folds into the same replacement.
                joinNext = false;
                if (!canDisplay(cp)) {
                    continue;
                }
            }
            if (Character.isISOControl(cp) && cp != '\n' && cp != '\t') {
                afterReplacement = false;
                continue;
            }
            if (canDisplay(cp)) {
                out.appendCodePoint(cp);
                afterReplacement = false;
            } else {
                out.append(REPLACEMENT);
                substituted++;
                afterReplacement = true;
            }
        }
        return out.toString();
    }

    /** How many characters (or emoji sequences) this instance has replaced so far. */
    public int substitutedCount() {
        return substituted;
    }

    /** Logs how many characters were replaced in the named document kind; silent when none. */
    public void logSummary(String documentKind) {
        if (substituted > 0) {
            LOG.warning(() -> documentKind + ": replaced " + substituted
                    + " character(s) the embedded fonts cannot draw with " + REPLACEMENT);
        }
    }

    private boolean canDisplay(int cp) {
        for (Font font : fonts) {
            if (!font.canDisplay(cp)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSequenceContinuation(int cp) {
        return cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF)
                || (cp >= 0xE0020 && cp <= 0xE007F);
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7E || (c < 0x20 && c != '\n' && c != '\t')) {
                return false;
            }
        }
        return true;
    }

    /** The embedded faces, loaded once: fonts are immutable, so sharing them is safe. */
    private static final class EmbeddedFonts {
        static final List<Font> SANS = List.of(load("DejaVuSans.ttf"), load("DejaVuSans-Bold.ttf"));

        private static Font load(String file) {
            try (InputStream in = GlyphSubstitution.class.getResourceAsStream(FONT_DIR + file)) {
                if (in == null) {
                    throw new IllegalStateException("font " + file + " not on the classpath: is"
                            + " net.sf.jasperreports:jasperreports-fonts a runtime dependency?");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("embedded font " + file + " is not a TrueType font", e);
            }
        }
    }
}
