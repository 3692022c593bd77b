package qaf.document;

import java.util.Arrays;
import java.util.Locale;

/**
 * The column shapes a block table may have, as relative weights. A JasperReports element cannot change
 * its width at fill time, so the build stamps one header band and one row band per layout into the
 * block templates (at the portrait and the landscape text width); the DOCX uses the same weights. A
 * declarative table: add a layout here and every template has it after the next build.
 */
public enum TableLayout {
    /** Name and a long text (e.g. school and reason). */
    TWO(false, 183, 340),
    /** A label and its value (facts about a document). */
    FACTS(false, 1, 3),
    /** A document (title and details), its kind and its first page: the board pack's contents. */
    CONTENTS(false, 16, 5, 2),
    THREE(true, 243, 140, 140),
    /** A ref or label and two long texts (strengths and areas for improvement). */
    THREE_TEXT(false, 2, 5, 5),
    /** A label and two counts (a distribution, self against final). */
    THREE_COUNTS(true, 3, 1, 1),
    FOUR(true, 223, 100, 100, 100),
    /** Agency, case, change, rationale. */
    FOUR_TEXT(false, 3, 2, 3, 8),
    /** Two refs and two judgements. */
    FOUR_EVEN(false, 1, 1, 1, 1),
    FIVE(true, 183, 85, 85, 85, 85),
    /** Ref, pseudonym, age band, type, agencies. */
    FIVE_SAMPLE(false, 2, 2, 1, 2, 6),
    /** A label and four counts. */
    FIVE_COUNTS(true, 4, 1, 1, 1, 1),
    SIX(true, 143, 76, 76, 76, 76, 76),
    /** Ref, owner, description, due, status, RAG. */
    ACTIONS(false, 52, 92, 183, 60, 66, 70),
    /** Ref, source, action, owner, due, status. */
    ACTION_PLAN(false, 2, 2, 8, 3, 2, 3),
    /** Case, child, case type, self-grade, final grade, change, rationale: one agency's grades. */
    CASE_GRADES(false, 12, 8, 12, 14, 14, 12, 21),
    /** Action, description, due, status, completed: one agency's actions. */
    AGENCY_ACTIONS(false, 8, 30, 10, 10, 10),
    /** Case, child, final grade, due, returned, status: close-the-loop forms due. */
    RETURNS(false, 10, 8, 17, 12, 12, 19),
    /** From, to, process, what: the QA programme's year at a glance. */
    CALENDAR(false, 2, 2, 4, 9),
    /** Evaluation, then appendix B's seven dated columns: the QA programme's evaluations. */
    PROGRAMME(false, 5, 3, 3, 3, 3, 3, 4, 3),
    /** Agency, case, entries or own grade, due, returned, status: the audit outcome tracker. */
    SUBMISSIONS(false, 5, 3, 3, 3, 3, 4),
    /** Agency, own grade, strengths, areas for improvement: agencies' own scores on one case. */
    OWN_GRADES(false, 3, 2, 5, 5),
    /** A case and the four grades' counts and their total. */
    GRADE_COUNTS(true, 3, 2, 2, 2, 2, 2),
    /** Agency, own grade, grade after challenge, rationale: the panel notes' regrading. */
    PANEL_GRADES(false, 3, 3, 3, 7),
    /** A label and five counts. */
    SIX_COUNTS(true, 4, 1, 1, 1, 1, 1),
    /** A label and six counts. */
    SEVEN_COUNTS(true, 4, 1, 1, 1, 1, 1, 1),
    /** Ref, source, owner, action, agreed, due, status, RAG: the action tracker. */
    TRACKER(false, 6, 7, 9, 22, 6, 6, 9, 10),
    /**
     * Ref, source, owner, description, agreed, due, status, RAG, days overdue, evidence: the action register.
     * The ref's share keeps a bold "ACT-001" on one line in Word too, whose cell margins are wider.
     */
    ACTION_REGISTER(false, 56, 84, 88, 136, 62, 62, 66, 62, 48, 106),
    /** A label and one count (how many audits asked for each way of actioning). */
    TWO_COUNTS(true, 4, 1),
    /** Agency, submitted on, return status, how to be actioned: single agency audit returns. */
    AGENCY_RETURNS(false, 4, 2, 4, 2),
    /** School, returned, submitted in, areas rated, return status: schools' audit returns. */
    SCHOOL_RETURNS(false, 7, 3, 4, 3, 6),
    /** Briefing, agency, delivered, team, attendees, actions agreed: the 7MB sessions. */
    SESSIONS(false, 80, 150, 70, 120, 60, 290),
    /** Agency, eight standards, mean. */
    HEATMAP(true, 123, 40, 40, 40, 40, 40, 40, 40, 40, 80),
    /** A grade matrix of one to seven cases: agency, the cases, regraded. */
    MATRIX_1(false, 4, 2, 2),
    MATRIX_2(false, 4, 2, 2, 2),
    MATRIX_3(false, 4, 2, 2, 2, 2),
    MATRIX_4(false, 4, 2, 2, 2, 2, 2),
    MATRIX_5(false, 4, 2, 2, 2, 2, 2, 2),
    MATRIX_6(false, 4, 2, 2, 2, 2, 2, 2, 2),
    MATRIX_7(false, 4, 2, 2, 2, 2, 2, 2, 2, 2);

    /** The portrait A4 text width in points; the landscape one is {@value #LANDSCAPE_WIDTH}. */
    public static final int TEXT_WIDTH = 523;
    public static final int LANDSCAPE_WIDTH = 770;
    /** The most columns a layout may have: the template's cell fields run c0..c11. */
    public static final int MAX_COLUMNS = 12;

    private final int[] weights;
    private final boolean figures;

    /**
     * @param figures a label then figures: unless a table says otherwise, its columns after the first
     *     are numeric (right-aligned)
     */
    TableLayout(boolean figures, int... weights) {
        this.figures = figures;
        if (weights.length < 2 || weights.length > MAX_COLUMNS) {
            throw new IllegalStateException(name() + ": a layout has 2 to " + MAX_COLUMNS + " columns");
        }
        this.weights = weights;
    }

    /** The matrix layout for {@code cases} case columns (1 to 7). */
    public static TableLayout matrix(int cases) {
        if (cases < 1 || cases > 7) {
            throw new IllegalArgumentException("a matrix block holds 1 to 7 cases, not " + cases);
        }
        return valueOf("MATRIX_" + cases);
    }

    /** The columns right-aligned by default: all but the first for a label-and-figures layout, else none. */
    public java.util.Set<Integer> defaultNumeric() {
        java.util.Set<Integer> columns = new java.util.TreeSet<>();
        for (int c = 1; figures && c < weights.length; c++) {
            columns.add(c);
        }
        return columns;
    }

    public int columns() {
        return weights.length;
    }

    /** A copy of the weights. */
    public int[] weights() {
        return weights.clone();
    }

    /** The widths in points at the portrait text width. */
    public int[] widths() {
        return widths(TEXT_WIDTH);
    }

    /**
     * The widths in whole points across {@code textWidth}: each its share rounded down, what is left
     * over to the widest column (the first of them), so the widths add up exactly.
     */
    public int[] widths(int textWidth) {
        long total = Arrays.stream(weights).asLongStream().sum();
        int[] widths = new int[weights.length];
        int used = 0;
        int widest = 0;
        for (int i = 0; i < weights.length; i++) {
            widths[i] = (int) (textWidth * (long) weights[i] / total);
            used += widths[i];
            if (weights[i] > weights[widest]) {
                widest = i;
            }
        }
        widths[widest] += textWidth - used;
        return widths;
    }

    /** The band name in the template, e.g. {@code five-counts}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
