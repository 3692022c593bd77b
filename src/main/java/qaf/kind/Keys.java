package qaf.kind;

import java.util.Objects;

/** The keys several kinds share; a kind with a key of its own declares it in its package. */
public final class Keys {
    private Keys() {
    }

    /** The one document of its kind for a reporting year (annual reports, roll-ups). */
    public record Year(String year) implements DocumentKey {
        public Year {
            Objects.requireNonNull(year, "year");
        }

        @Override
        public String label() {
            return year;
        }
    }

    /** A document per evaluation. */
    public record Evaluation(String evaluationRef) implements DocumentKey {
        public Evaluation {
            Objects.requireNonNull(evaluationRef, "evaluationRef");
        }

        @Override
        public String label() {
            return evaluationRef;
        }
    }

    /** A document per agency of an evaluation. */
    public record EvaluationAgency(String evaluationRef, String agencyCode) implements DocumentKey {
        public EvaluationAgency {
            Objects.requireNonNull(evaluationRef, "evaluationRef");
            Objects.requireNonNull(agencyCode, "agencyCode");
        }

        @Override
        public String label() {
            return evaluationRef + "_" + agencyCode;
        }
    }

    /** A document per audit cycle (Section 11, schools). */
    public record Cycle(String cycle) implements DocumentKey {
        public Cycle {
            Objects.requireNonNull(cycle, "cycle");
        }

        @Override
        public String label() {
            return cycle;
        }
    }
}
