package qaf.analysis.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.analysis.audit.Agency;
import qaf.analysis.briefing.BriefingUse;
import qaf.analysis.briefing.BriefingUseRollup;
import qaf.calendar.ReportingYear;

/**
 * Attendance totals never wrap round: two rows of 2,147,483,647 attendees used to make "-2
 * attendees". Now the sum is refused with a reason that names the file and the event or briefing,
 * so the one document that needed it fails alone; totals that fit are exact.
 */
class AttendanceOverflowTest {
    private static final ReportingYear YEAR = ReportingYear.parse("2018-19", 4);
    private static final List<Agency> AGENCIES = List.of(new Agency("POL", "Police", "police", null),
            new Agency("CSC", "Children's Social Care", "social-care", null));
    private static final LearningEvent EVENT = new LearningEvent("EV-01", "course", "Neglect", "Neglect",
            LocalDate.of(2018, 6, 5), null);

    private static TrainingYear analyse(int first, int second) {
        return TrainingAnalysis.analyse(YEAR, List.of(EVENT),
                List.of(new EventAttendance("EV-01", "POL", first), new EventAttendance("EV-01", "CSC", second)),
                List.of(), AGENCIES, List.of());
    }

    @Test
    void anEventsAttendeesPastWhatACountHoldsAreRefusedWithTheFileAndEvent() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> analyse(Integer.MAX_VALUE, Integer.MAX_VALUE));
        assertTrue(e.getMessage().contains("event EV-01 (attendance.csv)"), e.getMessage());
    }

    @Test
    void oneAgencysAttendeesOverTwoEventsPastWhatACountHoldsAreRefused() {
        LearningEvent other = new LearningEvent("EV-02", "webinar", "Neglect", "Neglect", LocalDate.of(2018, 7, 5),
                null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingAnalysis.analyse(YEAR, List.of(EVENT, other),
                        List.of(new EventAttendance("EV-01", "POL", Integer.MAX_VALUE),
                                new EventAttendance("EV-02", "POL", 1)),
                        List.of(), AGENCIES, List.of()));
        assertTrue(e.getMessage().contains("attendance.csv"), e.getMessage());
    }

    @Test
    void largeTotalsThatFitAreExact() {
        TrainingYear t = analyse(Integer.MAX_VALUE - 5, 5);
        assertEquals(Integer.MAX_VALUE, t.perEvent().get(0).attendees());
        assertEquals(Integer.MAX_VALUE, t.attendees());
    }

    @Test
    void briefingSessionAttendeesPastWhatACountHoldsAreRefused() {
        List<BriefingUse> uses = List.of(
                new BriefingUse("7MB-01", "POL", LocalDate.of(2018, 6, 1), "Team A", Integer.MAX_VALUE, ""),
                new BriefingUse("7MB-01", "POL", LocalDate.of(2018, 6, 2), "Team B", Integer.MAX_VALUE, ""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BriefingUseRollup.of(
                List.of(new BriefingUseRollup.Named("7MB-01", "Neglect")),
                List.of(new BriefingUseRollup.Named("POL", "Police")), uses));
        assertTrue(e.getMessage().contains("briefing_uses.csv"), e.getMessage());
    }
}
