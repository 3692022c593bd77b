package qaf.analysis.evaluation;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A child's age as board documents may show it: a band, never the date of birth. Bands follow the
 * usual children's-services breaks (early years, primary, secondary, 16-17, adult); a date of
 * birth after the day measured is an unborn child (pre-birth child protection work).
 */
public enum AgeBand {
    UNBORN("unborn"),
    UNDER_5("0–4"),
    AGED_5_TO_10("5–10"),
    AGED_11_TO_15("11–15"),
    AGED_16_TO_17("16–17"),
    ADULT("18+");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    /** "0–4" (with an en dash), "18+" or "unborn". */
    public String label() {
        return label;
    }

    /** The band of a child born on {@code dateOfBirth}, on {@code on} (for evaluations: the panel day). */
    public static AgeBand at(LocalDate dateOfBirth, LocalDate on) {
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(on, "on");
        if (dateOfBirth.isAfter(on)) {
            return UNBORN;
        }
        int years = Period.between(dateOfBirth, on).getYears();
        if (years < 5) {
            return UNDER_5;
        }
        if (years <= 10) {
            return AGED_5_TO_10;
        }
        if (years <= 15) {
            return AGED_11_TO_15;
        }
        if (years <= 17) {
            return AGED_16_TO_17;
        }
        return ADULT;
    }
}
