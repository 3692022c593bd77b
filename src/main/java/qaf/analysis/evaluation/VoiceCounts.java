package qaf.analysis.evaluation;

import java.util.Collection;

/** The child's voice across cases; {@code notRecorded} counts cases where the panel left it blank. */
public record VoiceCounts(int evidenced, int partly, int notEvidenced, int notRecorded) {

    public static VoiceCounts of(Collection<EvaluationCase> cases) {
        int e = 0;
        int p = 0;
        int n = 0;
        int blank = 0;
        for (EvaluationCase c : cases) {
            if (c.childVoice() == null) {
                blank++;
            } else {
                switch (c.childVoice()) {
                    case EVIDENCED -> e++;
                    case PARTLY -> p++;
                    case NOT_EVIDENCED -> n++;
                }
            }
        }
        return new VoiceCounts(e, p, n, blank);
    }

    public int total() {
        return evidenced + partly + notEvidenced + notRecorded;
    }

    /** Evidenced out of the cases where it was recorded. */
    public Share evidencedShare() {
        return new Share(evidenced, evidenced + partly + notEvidenced);
    }
}
