package qaf.analysis.evaluation;

import java.util.Objects;

/**
 * The grade summary of one group: {@code key} identifies it (agency code, evaluation ref, theme
 * folded to lower case, reporting-year label) and {@code label} is how a document names it (agency
 * name, theme, year label).
 */
public record GradeGroup(String key, String label, GradeSummary summary) {
    public GradeGroup {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(summary, "summary");
    }
}
