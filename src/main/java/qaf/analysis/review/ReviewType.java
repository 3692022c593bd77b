package qaf.analysis.review;

import qaf.codes.Coded;

/** The review types of reviews.csv ({@code type}); declaration order is the report's order. */
public enum ReviewType implements Coded {
    SCR("scr", "Serious case review"),
    LCSPR("lcspr", "Local child safeguarding practice review"),
    RAPID_REVIEW("rapid-review", "Rapid review"),
    MACR("macr", "Multi-agency concise review"),
    SINGLE_AGENCY_REVIEW("single-agency-review", "Single agency review"),
    CHILD_DEATH_REVIEW("child-death-review", "Child death review");

    private final String id;
    private final String label;

    ReviewType(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The dataset word. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The label in the partnership's words: a serious case review is named as its terms.csv names it. */
    public String label(qaf.terms.Terms terms) {
        return this == SCR ? qaf.terms.Terms.capitalised(terms.word("serious-case-review", label)) : label;
    }

    /** The constant of a dataset word, ignoring case and surrounding space. */
    public static ReviewType fromId(String id) {
        return Coded.parse(ReviewType.class, id, "review type");
    }
}
