package qaf.document;

import java.util.Arrays;

/**
 * The column widths an overview table may have, in points across the portrait A4 text width (523
 * pt). The PDF template has one header band and one row band per layout (a JasperReports element
 * cannot change its width at fill time); the DOCX uses the same numbers as column weights.
 */
public enum TableLayout {
    /** Name and a long text (e.g. school and reason). */
    TWO(183, 340),
    THREE(243, 140, 140),
    FOUR(223, 100, 100, 100),
    FIVE(183, 85, 85, 85, 85),
    SIX(143, 76, 76, 76, 76, 76),
    /** Ref, owner, description, due, status, RAG. */
    ACTIONS(52, 92, 183, 60, 66, 70),
    /** Agency, eight standards, mean. */
    HEATMAP(123, 40, 40, 40, 40, 40, 40, 40, 40, 80);

    public static final int TEXT_WIDTH = 523;

    private final int[] widths;

    TableLayout(int... widths) {
        if (Arrays.stream(widths).sum() != TEXT_WIDTH) {
            throw new IllegalStateException(name() + " widths do not add up to " + TEXT_WIDTH);
        }
        this.widths = widths;
    }

    public int columns() {
        return widths.length;
    }

    /** A copy of the widths in points. */
    public int[] widths() {
        return widths.clone();
    }

    /** The band name in the template, e.g. {@code five}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
