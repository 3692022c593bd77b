package qaf.analysis.review;

/** The decision on whether to hold a review ({@code decision}); null on a {@link Review} when not recorded. */
public enum Decision {
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

    public static Decision fromId(String id) {
        for (Decision d : values()) {
            if (d.id.equals(id)) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a review decision: " + id);
    }
}
