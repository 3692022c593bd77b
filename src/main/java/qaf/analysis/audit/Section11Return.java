package qaf.analysis.audit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One agency's row in a Section 11 cycle ({@code s11_returns}): the agency was asked for a return.
 *
 * @param submittedOn null while not returned
 * @param moderation invited to the moderation panel
 */
public record Section11Return(String cycle, String agencyCode, LocalDate openedOn, LocalDate dueOn,
        LocalDate submittedOn, boolean moderation) {
    public Section11Return {
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(openedOn, "openedOn");
        Objects.requireNonNull(dueOn, "dueOn");
    }
}
