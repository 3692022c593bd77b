package qaf.analysis.briefing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One cascade session of a seven-minute briefing, as an agency reported it on the 7MB action plan
 * proforma (briefing_uses.csv).
 *
 * @param team the team briefed; empty when not recorded
 * @param actionsAgreed what the team agreed to do; empty when not recorded
 */
public record BriefingUse(String briefingRef, String agencyCode, LocalDate deliveredOn, String team, int attendees,
        String actionsAgreed) {
    public BriefingUse {
        Objects.requireNonNull(briefingRef, "briefingRef");
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(deliveredOn, "deliveredOn");
        team = team == null ? "" : team.strip();
        actionsAgreed = actionsAgreed == null ? "" : actionsAgreed.strip();
        if (attendees < 0) {
            throw new IllegalArgumentException("attendees must not be negative");
        }
    }
}
