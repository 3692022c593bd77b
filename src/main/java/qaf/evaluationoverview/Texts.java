package qaf.evaluationoverview;

import java.util.List;

/** The fixed wording both renderers print, in one place so that the PDF and the DOCX say the same. */
final class Texts {
    static final String SUBMISSIONS_INTRO = "Each agency's chronologies and self-evaluations, one per case it was"
            + " graded on, against the timetable's deadlines.";
    static final List<String> SUBMISSION_HEADER = List.of("Agency", "Chronology on time", "Chronology late",
            "Chronology missing", "Self-evaluation on time", "Self-evaluation late", "Self-evaluation missing");
    static final String NO_CASES = "The evaluation has no cases in its sample.";
    static final String SAMPLE_INTRO = "Children are shown by pseudonym and by age band on the panel day.";
    static final List<String> SAMPLE_HEADER = List.of("Case", "Pseudonym", "Age band", "Case type",
            "Agencies graded");
    static final String NO_MATRIX = "No agency graded any case of this evaluation.";
    static final String MATRIX_KEY = "Each cell shows the agency's self-grade; where the panel changed it, self"
            + " \u2192 final, with \u25B2 for a regrade up and \u25BC for a regrade down. RI: requires improvement."
            + " \u2691: regraded with no rationale recorded. \u2014: the agency did not grade the case.";
    static final String NO_REGRADES = "The panel changed no agency's grade.";
    static final String NO_ACTIONS = "No actions have been recorded for this evaluation.";
    static final String NO_CLOSE_THE_LOOP = "No agency's final grade on any case was requires improvement or"
            + " inadequate, so no close-the-loop forms were expected.";
    static final List<String> LOOP_HEADER = List.of("Agency", "Expected", "On time", "Late", "Outstanding",
            "Not yet due");
    static final String NO_GAPS = "None found.";

    private Texts() {
    }

    static String blockTitle(int index, int blocks) {
        return "Cases, part " + (index + 1) + " of " + blocks;
    }

    static String orNotRecorded(String text) {
        return text.isEmpty() ? "Not recorded" : text;
    }

    static String closeTheLoopIntro(String asAt) {
        return "A form is expected from every agency whose final grade on a case is requires improvement or"
                + " inadequate, due 10 working days after the panel day. Outstanding: not returned and past its due"
                + " day as at " + asAt + ".";
    }
}
