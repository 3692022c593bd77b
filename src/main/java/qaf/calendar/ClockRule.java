package qaf.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Every deadline the framework sets, as a named rule from its start date to its due date. For the
 * fixed-date rules (Section 11 return, chronology and self-evaluation submissions) the start IS the
 * due date: the cycle's {@code due_on}, or {@link Timetable#chronologyDue()} /
 * {@link Timetable#evaluationDue()} / {@link Timetable#healthEvaluationDue()}.
 */
public enum ClockRule {
    /** Framework section 1: notify Ofsted / the national panel within 5 working days of becoming aware. */
    NOTIFICATION("Notification within 5 working days of becoming aware", Unit.WORKING_DAYS),
    /** Framework section 1 and reviews.csv: rapid review completed 15 working days after becoming aware. */
    RAPID_REVIEW("Rapid review within 15 working days of becoming aware", Unit.WORKING_DAYS),
    /** Framework section 5: close-the-loop form returned within 10 working days of the panel day. */
    CLOSE_THE_LOOP("Close-the-loop form within 10 working days of the panel day", Unit.WORKING_DAYS),
    /** Framework section 3: "completed within three weeks of receipt of the letter" = 21 calendar days. */
    SINGLE_AGENCY_REVIEW("Single agency review within 3 weeks of the letter", Unit.CALENDAR_DAYS),
    /**
     * Framework section 1: a serious case review aims to be completed within 6 calendar months of the
     * notification. A start on a day the due month lacks (31 August) falls due on that month's last
     * day (28/29 February), as {@link LocalDate#plusMonths} does. Which date starts it is
     * {@code qaf.analysis.review.ReviewClocks}' to say.
     */
    SCR("Serious case review within 6 months of the notification", Unit.CALENDAR_DAYS),
    /**
     * Working Together: a local child safeguarding practice review's 6 calendar months run from the
     * decision to initiate it; month ends as for {@link #SCR}.
     */
    LCSPR("LCSPR within 6 months of the decision to initiate", Unit.CALENDAR_DAYS),
    /** Framework section 6: the return is due on the cycle's due date. */
    SECTION_11_RETURN("Section 11 return by its due date", Unit.CALENDAR_DAYS),
    /**
     * Appendices B/D: chronology by the timetable's deadline. Lateness is counted in working days
     * because the timetable itself is laid out in working days.
     */
    CHRONOLOGY_SUBMISSION("Chronology by the evaluation timetable's deadline", Unit.WORKING_DAYS),
    /** Appendices B/D: self-evaluation by the timetable's deadline; working days, as for chronologies. */
    EVALUATION_SUBMISSION("Self-evaluation by the evaluation timetable's deadline", Unit.WORKING_DAYS);

    /** The unit a rule's lateness ({@link ClockResult#daysLate()}) is counted in. */
    public enum Unit { WORKING_DAYS, CALENDAR_DAYS }

    private final String label;
    private final Unit unit;

    ClockRule(String label, Unit unit) {
        this.label = label;
        this.unit = unit;
    }

    /** Human label for tables and reports. */
    public String label() {
        return label;
    }

    /** The label in the partnership's words: the serious case review clock is named as its terms.csv names it. */
    public String label(qaf.terms.Terms terms) {
        return this == SCR && terms.isOwn("serious-case-review")
                ? terms.seriousCaseReview() + label.substring("Serious case review".length()) : label;
    }

    public Unit unit() {
        return unit;
    }

    /** The due date for a clock started on {@code start}. */
    public LocalDate due(LocalDate start, WorkingDays wd) {
        Objects.requireNonNull(start, "start");
        return switch (this) {
            case NOTIFICATION -> wd.add(start, 5);
            case RAPID_REVIEW -> wd.add(start, 15);
            case CLOSE_THE_LOOP -> wd.add(start, 10);
            case SINGLE_AGENCY_REVIEW -> start.plusDays(21);
            case SCR, LCSPR -> start.plusMonths(6);
            case SECTION_11_RETURN, CHRONOLOGY_SUBMISSION, EVALUATION_SUBMISSION -> start;
        };
    }
}
