package qaf.privacy;

import java.util.Arrays;

/**
 * A text cut into words, each with its span in the original text and its folded key. A word is a
 * maximal run of letters, digits and combining marks (soft hyphens and zero-width joiners inside it
 * are ignored by the key); everything else — spaces of every kind, dashes, apostrophes, punctuation
 * — lies in the gaps between words. A run holding a digit ("C1", "CH1001") is never a name, so its
 * key is null. Cutting on the original text keeps every span exact, whatever folding does to
 * lengths (ß→ss, NFKD).
 */
final class Words {
    /** Apostrophes as typed, pasted from Word, or extracted from a PDF: ' ’ ʼ ′ ‘ ´ ` ʹ and full-width. */
    static final String APOSTROPHES = "'\u2019\u02BC\u2032\u2018\u00B4\u0060\u02B9\uFF07";
    /** Hyphen-minus and every dash: ‐ ‑ ‒ – — ― − and their small and full-width forms. */
    static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D";

    final String text;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private String[] keys = new String[16];
    private int count;

    private Words(String text) {
        this.text = text;
    }

    static Words of(String text) {
        Words words = new Words(text);
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!inWord(cp) || isIgnorable(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean digit = false;
            while (i < n) {
                cp = text.codePointAt(i);
                if (!inWord(cp)) {
                    break;
                }
                digit |= Character.isDigit(cp);
                i += Character.charCount(cp);
            }
            words.add(start, i, digit ? null : Folding.fold(text, start, i));
        }
        return words;
    }

    private void add(int start, int end, String key) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            keys = Arrays.copyOf(keys, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        keys[count] = key;
        count++;
    }

    int count() {
        return count;
    }

    int start(int word) {
        return starts[word];
    }

    int end(int word) {
        return ends[word];
    }

    /** The folded key, or null for a word holding a digit. */
    String key(int word) {
        return keys[word];
    }

    static boolean inWord(int cp) {
        if (APOSTROPHES.indexOf(cp) >= 0) {
            return false; // ʼ is a modifier letter to Unicode, an apostrophe to the people who type it
        }
        if (Character.isLetterOrDigit(cp) || isIgnorable(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Invisible inside a word: soft hyphen (a PDF's hyphenation point), joiners, word joiner, BOM. */
    private static boolean isIgnorable(int cp) {
        return cp == 0x00AD || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF;
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x200B || cp == 0x180E;
    }

    static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    /** The gap after {@code word} is one or more spaces (any kind, line breaks included) and nothing else. */
    boolean spaceAfter(int word) {
        int from = ends[word];
        int to = word + 1 < count ? starts[word + 1] : from;
        if (to == from) {
            return false;
        }
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (!isSpace(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * The gap after {@code word} could join two pieces of one name part: spaces, or at most one dash
     * or apostrophe with optional spaces around it ("Tyler-Jay", "Tyler – Jay", "O’Sullivan",
     * "Ó Súilleabháin"). With {@code comma}, one comma in place of the dash (a family name first).
     */
    boolean joinerAfter(int word, boolean comma) {
        int from = ends[word];
        int to = word + 1 < count ? starts[word + 1] : from;
        if (to == from) {
            return false;
        }
        int marks = 0;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                continue;
            }
            boolean joiner = comma ? cp == ',' : DASHES.indexOf(cp) >= 0 || APOSTROPHES.indexOf(cp) >= 0;
            if (!joiner || ++marks > 1) {
                return false;
            }
        }
        return true;
    }
}
