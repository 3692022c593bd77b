package qaf.privacy;

/**
 * Whether a lone name part that is also a common word counts as naming a child, from how it is
 * written and what stands before it (the rule is in the package documentation).
 */
final class Context {
    /** Sentence ends and list bullets: a capital after one of these is the sentence's, not the name's. */
    private static final String SENTENCE_ENDS = ".!?:;•‣◦▪●■*·";
    /** Double quotes, which open a quotation when they touch the word after them. */
    private static final String QUOTES = "\"“„«‹";
    /** Opening quotes and brackets, looked through when deciding where a sentence starts. */
    private static final String OPENERS = "\"'“‘«‹([{„‚" + Words.APOSTROPHES;

    private Context() {
    }

    static boolean counts(Words words, int word, CommonWords.Tier tier) {
        return switch (tier) {
            case ANY -> true;
            case CAPITALISED -> afterTitle(words, word) || capitalised(words, word) && !sentenceInitial(words, word);
            case AFTER_TITLE -> afterTitle(words, word);
        };
    }

    /** "Mrs Hope", "Dr. Hill", "MRS HOPE": the word before is a title, then spaces (after an optional full stop). */
    static boolean afterTitle(Words words, int word) {
        if (word == 0) {
            return false;
        }
        String before = words.key(word - 1);
        if (before == null || !CommonWords.TITLES.contains(before)) {
            return false;
        }
        String text = words.text;
        int from = words.end(word - 1);
        int to = words.start(word);
        if (from < to && text.charAt(from) == '.') {
            from++;
        }
        if (from == to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Words.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** An initial capital followed by a small letter ("Hope", "McHill"), or a single capital: not "hope", not "HOPE". */
    static boolean capitalised(Words words, int word) {
        String text = words.text;
        int first = text.codePointAt(words.start(word));
        if (!Character.isUpperCase(first) && !Character.isTitleCase(first)) {
            return false;
        }
        for (int i = words.start(word) + Character.charCount(first); i < words.end(word); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                return Character.isLowerCase(cp);
            }
        }
        return true;
    }

    /**
     * At the start of the text, of a line (a table cell, a heading, a list item: in text extracted
     * from a PDF a line is the only boundary left), of a sentence, or of a quotation (a double
     * quote touching the word: quoted speech starts with a capital), looking through brackets and
     * opening quotes.
     */
    static boolean sentenceInitial(Words words, int word) {
        String text = words.text;
        int start = words.start(word);
        if (start > 0 && QUOTES.indexOf(text.codePointBefore(start)) >= 0) {
            return true;
        }
        for (int i = start; i > 0; ) {
            int cp = text.codePointBefore(i);
            i -= Character.charCount(cp);
            if (Words.isLineBreak(cp)) {
                return true;
            }
            if (Words.isSpace(cp) || OPENERS.indexOf(cp) >= 0) {
                continue;
            }
            return SENTENCE_ENDS.indexOf(cp) >= 0;
        }
        return true;
    }
}
