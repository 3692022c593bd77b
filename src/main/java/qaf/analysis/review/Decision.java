package qaf.analysis.review;

import qaf.codes.Coded;

/** The decision on whether to hold a review ({@code decision}); null on a {@link Review} when not recorded. */
public enum Decision implements Coded {
    INITIATE("initiate", "Initiated"),
    NOT_INITIATED("not-initiated", "Not initiated"),
    PENDING("pending", "Pending");

    private final String id;
    private final String label;

    Decision(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The constant of a dataset word, ignoring case and surrounding space. */
    public static Decision fromId(String id) {
        return Coded.parse(Decision.class, id, "review decision");
    }
}
