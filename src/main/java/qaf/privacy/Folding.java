package qaf.privacy;

import java.text.Normalizer;

/**
 * The key a word is compared by: compatibility-decomposed (NFKD, so a PDF's "ﬁ" ligature and a
 * full-width letter are plain letters), accents dropped, lower case, and the letters that carry
 * their diacritic in the letter itself — which no normalisation form decomposes — spelt plainly
 * (ł→l, ø→o, ß→ss, æ→ae, đ→d, …). "Zoë", "ZOE", "Zoe\u0308" and "Zoë" in NFD fold alike;
 * "Łukasz" folds to "lukasz".
 *
 * <p>Marks are dropped only after letters of scripts where they are optional diacritics (Latin,
 * Greek, Cyrillic, Arabic, Hebrew). In Bengali or Devanagari a vowel sign is part of the spelling:
 * dropping it would make different names equal.
 */
final class Folding {
    private Folding() {
    }

    /** The folded key of {@code text[start, end)}, a word as {@link Words} cuts it. */
    static String fold(CharSequence text, int start, int end) {
        boolean ascii = true;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            char[] lower = new char[end - start];
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                lower[i - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            }
            return new String(lower);
        }
        return foldUnicode(text.subSequence(start, end).toString());
    }

    /** The folded key of a whole string (a word, or a name part without separators). */
    static String fold(String word) {
        return fold(word, 0, word.length());
    }

    private static String foldUnicode(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(decomposed.length());
        Character.UnicodeScript base = Character.UnicodeScript.COMMON;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.FORMAT || cp == 0x0640) { // soft hyphen, zero-width joiners; Arabic tatweel
                continue;
            }
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
            if (mark && optionalMarks(base)) {
                continue;
            }
            if (!mark && type != Character.COMBINING_SPACING_MARK) {
                base = Character.UnicodeScript.of(cp);
            }
            appendFolded(b, Character.toLowerCase(cp));
        }
        return b.toString();
    }

    private static boolean optionalMarks(Character.UnicodeScript script) {
        return switch (script) {
            case LATIN, GREEK, CYRILLIC, ARABIC, HEBREW, COMMON, INHERITED -> true;
            default -> false;
        };
    }

    /** Letters whose diacritic is part of the letter (no decomposition exists), and final sigma. */
    private static void appendFolded(StringBuilder b, int cp) {
        switch (cp) {
            case 'ł', 'ŀ' -> b.append('l');
            case 'ø' -> b.append('o');
            case 'ß' -> b.append("ss");
            case 'æ' -> b.append("ae");
            case 'œ' -> b.append("oe");
            case 'đ', 'ð', 'ɖ', 'ɗ' -> b.append('d');
            case 'þ' -> b.append("th");
            case 'ı' -> b.append('i');
            case 'ħ' -> b.append('h');
            case 'ŧ' -> b.append('t');
            case 'ſ' -> b.append('s');
            case 'ŋ' -> b.append('n');
            case 'ƒ' -> b.append('f');
            case 'ɨ' -> b.append('i');
            case 'ʉ' -> b.append('u');
            case 'ɛ', 'ə', 'ǝ' -> b.append('e');
            case 'ɔ' -> b.append('o');
            case 'ɓ' -> b.append('b');
            case 'ƙ' -> b.append('k');
            case 'ƴ' -> b.append('y');
            case 'ς' -> b.append('σ');
            default -> b.appendCodePoint(cp);
        }
    }
}
