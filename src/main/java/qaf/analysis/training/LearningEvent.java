package qaf.analysis.training;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One learning event as recorded.
 *
 * @param kind {@code briefing-session}, {@code course}, {@code conference} or {@code webinar}
 * @param theme empty when not recorded
 * @param sourceRef the review or evaluation whose learning it spreads; empty when not recorded
 */
public record LearningEvent(String ref, String kind, String title, String theme, LocalDate heldOn, String sourceRef) {
    public LearningEvent {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(heldOn, "heldOn");
        theme = theme == null ? "" : theme.strip();
        sourceRef = sourceRef == null ? "" : sourceRef.strip();
    }
}
