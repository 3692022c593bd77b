package qaf.analysis.audit;

/**
 * Actions by derived RAG.
 *
 * @param notRated cancelled actions: listed, but outside the red/amber/green totals
 */
public record RagCounts(int red, int amber, int green, int notRated) {
    public static final RagCounts EMPTY = new RagCounts(0, 0, 0, 0);

    public RagCounts {
        if (red < 0 || amber < 0 || green < 0 || notRated < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** Red + amber + green: the actions that carry a RAG. */
    public int rated() {
        return red + amber + green;
    }

    /** Every action, cancelled included. */
    public int total() {
        return rated() + notRated;
    }

    RagCounts plus(ActionRag rag) {
        return switch (rag) {
            case RED -> new RagCounts(red + 1, amber, green, notRated);
            case AMBER -> new RagCounts(red, amber + 1, green, notRated);
            case GREEN -> new RagCounts(red, amber, green + 1, notRated);
            case NOT_RATED -> new RagCounts(red, amber, green, notRated + 1);
        };
    }
}
