package qaf.analysis.training;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Learning a review or an evaluation of the year asks the partnership to spread.
 *
 * @param description the evaluation's theme, or the review's type as words ("Serious case review")
 * @param arose the evaluation's panel day or the review's completion day
 */
public record LearningNeed(String ref, Source source, String description, LocalDate arose) {
    public enum Source {
        EVALUATION("Evaluation"), REVIEW("Review");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public LearningNeed {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(arose, "arose");
    }
}
