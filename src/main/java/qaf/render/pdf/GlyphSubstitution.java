package qaf.render.pdf;

import java.awt.Font;
import java.util.List;
import java.util.logging.Logger;

/**
 * Replaces characters the embedded fonts cannot draw (emoji, rare scripts) with a visible
 * {@value #REPLACEMENT}, so that no document fails and no glyph silently vanishes. One instance serves
 * one rendering: it counts what it replaced, and {@link #logSummary(String)} reports the count, never
 * the text (it may be personal data).
 *
 * <p>Coverage is checked against the font set the build embeds ({@link HouseFonts}): a character is
 * kept when every face of one of its families can draw it (so bold text draws it too). Control
 * characters other than tab and line feed are dropped; CR LF and CR become LF.
 */
public final class GlyphSubstitution {
    /** What a character the fonts lack becomes. */
    public static final String REPLACEMENT = "\u25A1";

    private static final Logger LOG = Logger.getLogger(GlyphSubstitution.class.getName());

    /** Each family's faces; a character is drawable when one family has it in every face. */
    private final List<List<Font>> families;
    private int substituted;

    private GlyphSubstitution(List<List<Font>> families) {
        this.families = families;
    }

    /** For text set in the house font set, {@value HouseFonts#SET}. */
    public static GlyphSubstitution forHouseFonts() {
        return new GlyphSubstitution(EmbeddedFonts.HOUSE);
    }

    /**
     * As {@link #forHouseFonts()}: the name kinds' renderers still call (DejaVu Sans is the set's
     * primary family); kept so that this change touches no kind.
     */
    public static GlyphSubstitution forDejaVuSans() {
        return forHouseFonts();
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
        for (List<Font> faces : families) {
            if (faces.stream().allMatch(f -> f.canDisplay(cp))) {
                return true;
            }
        }
        return false;
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
        static final List<List<Font>> HOUSE = HouseFonts.FAMILIES.stream()
                .map(f -> f.faces().stream().map(HouseFonts::awt).toList()).toList();
    }
}
