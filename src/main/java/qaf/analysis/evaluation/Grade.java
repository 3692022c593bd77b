package qaf.analysis.evaluation;

import qaf.codes.Coded;


/** Ofsted's four-point scale, as the dataset's {@code grade} values; declared best first. */
public enum Grade implements Coded {
    OUTSTANDING("outstanding", "Outstanding"),
    GOOD("good", "Good"),
    REQUIRES_IMPROVEMENT("requires-improvement", "Requires improvement"),
    INADEQUATE("inadequate", "Inadequate");

    private final String id;
    private final String label;

    Grade(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The dataset's value, e.g. {@code requires-improvement}. */
    public String id() {
        return id;
    }

    /** Sentence-case label for tables, e.g. "Requires improvement". */
    public String label() {
        return label;
    }

    /** 1 for outstanding (the best) to 4 for inadequate. */
    public int rank() {
        return ordinal() + 1;
    }

    public boolean isGoodOrBetter() {
        return this == OUTSTANDING || this == GOOD;
    }

    /** Requires improvement or inadequate: the grades that call for a close-the-loop form. */
    public boolean needsCloseTheLoop() {
        return !isGoodOrBetter();
    }

    /**
     * Steps from this grade up to {@code to}: positive when {@code to} is better (good to
     * outstanding is +1), negative when worse (good to inadequate is -2), 0 when equal.
     */
    public int stepsUpTo(Grade to) {
        return rank() - to.rank();
    }

    /** The constant of a dataset word, ignoring case and surrounding space. */
    public static Grade fromId(String text) {
        return Coded.parse(Grade.class, text, "grade");
    }
}
