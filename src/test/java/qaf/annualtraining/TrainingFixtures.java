package qaf.annualtraining;

import java.time.LocalDate;
import java.util.List;
import qaf.analysis.audit.Agency;
import qaf.analysis.training.EventAttendance;
import qaf.analysis.training.FeedbackResponse;
import qaf.analysis.training.LearningEvent;
import qaf.analysis.training.LearningNeed;
import qaf.analysis.training.TrainingAnalysis;
import qaf.analysis.training.TrainingYear;
import qaf.document.BlockDocument;
import qaf.analysis.briefing.BriefingUse;
import qaf.analysis.briefing.BriefingUseRollup;
import qaf.calendar.ReportingYear;

/**
 * A small hand-made training year (figures worked out by hand in the tests): three events in
 * 2018-19 and one the year before, four agencies, four responses, four learning needs.
 */
public final class TrainingFixtures {
    public static final ReportingYear YEAR = new ReportingYear(2018, 4);
    public static final String PARTNERSHIP = "Kestrel Vale Safeguarding Children Partnership";

    public static final List<Agency> AGENCIES = List.of(
            new Agency("A", "Alpha Service", "health", null),
            new Agency("B", "Beta Service", "police", null),
            new Agency("C", "Gamma Service", "education", null),
            new Agency("D", "Delta Service", "voluntary", null));

    public static final List<LearningEvent> EVENTS = List.of(
            new LearningEvent("E0", "course", "Last year's course", "Neglect", LocalDate.of(2018, 3, 31), ""),
            new LearningEvent("E1", "course", "Neglect <&> ${theme}", "Neglect", LocalDate.of(2018, 5, 1), null),
            new LearningEvent("E2", "webinar", "Neglect webinar", " neglect ", LocalDate.of(2018, 6, 1), "MACE-1"),
            new LearningEvent("E3", "course", "Plans that work", "Planning", LocalDate.of(2019, 3, 31), "RR-1"));

    public static final List<EventAttendance> ATTENDANCE = List.of(
            new EventAttendance("E0", "C", 5),
            new EventAttendance("E1", "A", 3),
            new EventAttendance("E1", "B", 2),
            new EventAttendance("E2", "A", 1),
            new EventAttendance("E3", "B", 0));

    public static final List<FeedbackResponse> FEEDBACK = List.of(
            new FeedbackResponse("E0", "R5", "C", 2, 1, 5),
            new FeedbackResponse("E1", "R1", "A", 5, 2, 4, "  Clear examples; I will use the <neglect> toolkit & the"
                    + " \"${theme}\" checklist with my team. "),
            new FeedbackResponse("E1", "R2", "B", 3, 3, 3, "   "),
            new FeedbackResponse("E2", "R3", "A", 4, 4, 1),
            new FeedbackResponse("E2", "R4", null, 1, null, 5, "Would like a follow-up session on the Graded Care"
                    + " Profile 2 — the sound dropped out twice."));

    public static final List<LearningNeed> NEEDS = List.of(
            new LearningNeed("MACE-1", LearningNeed.Source.EVALUATION, "Neglect", LocalDate.of(2018, 5, 10)),
            new LearningNeed("MACE-2", LearningNeed.Source.EVALUATION, "Planning ", LocalDate.of(2018, 9, 1)),
            new LearningNeed("RR-1", LearningNeed.Source.REVIEW, "Rapid review", LocalDate.of(2018, 7, 1)),
            new LearningNeed("R-2", LearningNeed.Source.REVIEW, "Neglect", LocalDate.of(2018, 8, 1)));

    private TrainingFixtures() {
    }

    public static TrainingYear year() {
        return TrainingAnalysis.analyse(YEAR, EVENTS, ATTENDANCE, FEEDBACK, AGENCIES, NEEDS);
    }

    /** Gamma cascaded one briefing, so only Delta is reached by neither an event nor a briefing. */
    public static BriefingUseRollup rollup() {
        return BriefingUseRollup.of(List.of(new BriefingUseRollup.Named("7MB-1", "Neglect briefing")),
                AGENCIES.stream().map(a -> new BriefingUseRollup.Named(a.code(), a.name())).toList(),
                List.of(new BriefingUse("7MB-1", "C", LocalDate.of(2018, 9, 3), "Staff", 12, "Re-check the policy")));
    }

    public static BlockDocument document() {
        return AnnualTrainingComposer.compose(PARTNERSHIP, YEAR, year(), rollup(), 1);
    }

    /** The same year's report with other feedback (e.g. a comment that names a child). */
    public static BlockDocument document(List<FeedbackResponse> feedback) {
        return AnnualTrainingComposer.compose(PARTNERSHIP, YEAR,
                TrainingAnalysis.analyse(YEAR, EVENTS, ATTENDANCE, feedback, AGENCIES, NEEDS), rollup(), 1);
    }
}
