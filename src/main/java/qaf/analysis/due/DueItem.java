package qaf.analysis.due;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of "What is due": a clock, what it is about (refs and a pseudonym only, never a name:
 * the front page is board audience), its due day and where it stands.
 *
 * @param ref what the clock is about: a review, an evaluation's case, a cycle, an action
 * @param pseudonym the child's pseudonym ("Child A"), or null when the clock is not about a child
 * @param agencyCode the agency that owes it, or null for the partnership itself
 * @param agencyName that agency's name, null with the code
 * @param done the day it was done, null while outstanding as at the as-at day
 * @param days working or calendar days ({@link DueClock#unit()}) overdue or late; 0 otherwise
 * @param belongsTo the document the clock is reported in
 */
public record DueItem(DueClock clock, String ref, String pseudonym, String agencyCode, String agencyName,
        LocalDate due, LocalDate done, DueStatus status, int days, DueSource belongsTo) {
    public DueItem {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(belongsTo, "belongsTo");
        if ((done == null) != status.outstanding()) {
            throw new IllegalArgumentException("status " + status + " does not fit done " + done);
        }
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
    }
}
