package qaf.document;

import java.util.Locale;

/**
 * What a colour means, wherever it is used: a table cell's state, a chart's series or a heat map's
 * cell. The colours themselves are the business manager's, in {@code report-templates/palette.properties}
 * (one colour per tone, so a colour means one thing across every document). A tone never carries
 * meaning alone: the cell or bar it colours always says the same thing in words or numbers.
 */
public enum Tone {
    /** Met, complete, on time, green RAG, good or better. */
    GOOD,
    /** Needs attention: amber RAG, in progress, late but returned, requires improvement. */
    CAUTION,
    /** A serious concern: red RAG, overdue, missed, inadequate. */
    BAD,
    /** Open and not yet due. */
    PENDING,
    /** Not rated: cancelled, not applicable. */
    NOT_RATED,
    /** The first of two things compared (e.g. self-grades). */
    COMPARE_FIRST,
    /** The second of two things compared (e.g. final grades). */
    COMPARE_SECOND,
    /** An ordinal scale from low to high (scores, confidence levels), lightest first. */
    SCALE_1, SCALE_2, SCALE_3, SCALE_4, SCALE_5,
    /** A plain mark on a timeline. */
    MARK,
    /** A key event on a timeline. */
    KEY,
    /** Drawn to the reader's eye (e.g. a child's voice with no action recorded); the row also says why. */
    FLAG;

    /** The key in the palette file, e.g. {@code compare-first}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The scale tone for {@code level} of {@code levels} (1-based), spread over the five scale tones. */
    public static Tone scale(int level, int levels) {
        if (levels < 1 || levels > 5 || level < 1 || level > levels) {
            throw new IllegalArgumentException("scale level " + level + " of " + levels + ": up to five levels");
        }
        int step = levels == 1 ? 5 : 1 + (level - 1) * 4 / (levels - 1);
        return values()[SCALE_1.ordinal() + step - 1];
    }
}
