package qaf.analysis.training;

import java.util.Objects;

/** How many of an agency's staff attended an event. */
public record EventAttendance(String eventRef, String agencyCode, int attendees) {
    public EventAttendance {
        Objects.requireNonNull(eventRef, "eventRef");
        Objects.requireNonNull(agencyCode, "agencyCode");
        if (attendees < 0) {
            throw new IllegalArgumentException("attendees cannot be negative: " + attendees);
        }
    }
}
