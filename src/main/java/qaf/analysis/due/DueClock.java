package qaf.analysis.due;

import qaf.calendar.ClockRule;

/**
 * Every clock the front page's "What is due" table lists, in the order the framework runs them.
 * Each carries the unit its lateness is counted in: working days where the rule is in working days.
 */
public enum DueClock {
    NOTIFICATION("Notification to the national panel", ClockRule.Unit.WORKING_DAYS),
    RAPID_REVIEW("Rapid review", ClockRule.Unit.WORKING_DAYS),
    SINGLE_AGENCY_REVIEW("Single agency review", ClockRule.Unit.CALENDAR_DAYS),
    SCR("Serious case review completion", ClockRule.Unit.CALENDAR_DAYS),
    LCSPR("LCSPR completion", ClockRule.Unit.CALENDAR_DAYS),
    CHRONOLOGY("Chronology submission", ClockRule.Unit.WORKING_DAYS),
    SELF_EVALUATION("Self-evaluation submission", ClockRule.Unit.WORKING_DAYS),
    CLOSE_THE_LOOP("Close-the-loop return", ClockRule.Unit.WORKING_DAYS),
    SECTION_11_RETURN("Section 11 return", ClockRule.Unit.CALENDAR_DAYS),
    SCHOOLS_AUDIT("Schools' audit return", ClockRule.Unit.CALENDAR_DAYS),
    SINGLE_AGENCY_AUDIT("Single agency audit return", ClockRule.Unit.CALENDAR_DAYS),
    ACTION("Action", ClockRule.Unit.CALENDAR_DAYS);

    private final String label;
    private final ClockRule.Unit unit;

    DueClock(String label, ClockRule.Unit unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    /** The label in the partnership's words for the national panel and the serious case review. */
    public String label(qaf.terms.Terms terms) {
        return switch (this) {
            case NOTIFICATION -> "Notification to the " + terms.word("national-panel", "national panel");
            case SCR -> qaf.terms.Terms.capitalised(terms.word("serious-case-review", "Serious case review"))
                    + " completion";
            default -> label;
        };
    }

    public ClockRule.Unit unit() {
        return unit;
    }

    public boolean inWorkingDays() {
        return unit == ClockRule.Unit.WORKING_DAYS;
    }
}
