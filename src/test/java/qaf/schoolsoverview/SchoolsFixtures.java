package qaf.schoolsoverview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.ActionStatus;
import qaf.analysis.audit.Agency;
import qaf.analysis.audit.Rag;
import qaf.analysis.audit.SchoolAuditAnalysis;
import qaf.analysis.audit.SchoolAuditCycle;
import qaf.analysis.audit.SchoolAuditRating;
import qaf.compose.ActionsSection;
import qaf.document.BlockDocument;
import qaf.calendar.ReportingYear;

/**
 * Hand-made schools' audit cycles. Schools: Oak (red in area 5, green elsewhere), Ash (amber in areas
 * 1–3, rated only areas 1–10), Elm (no return). Lead is the schools lead (not a school).
 */
public final class SchoolsFixtures {
    public static final ReportingYear YEAR = new ReportingYear(2018, 4);
    static final List<Agency> AGENCIES = List.of(
            new Agency("LEAD", "Schools Lead", "education", null),
            new Agency("SCH1", "Oak Primary School", "education", "LEAD"),
            new Agency("SCH2", "Ash Academy", "education", "LEAD"),
            new Agency("SCH3", "Elm High School", "education", "LEAD"));

    /** The cycle's due day in the QA programme: Oak (11 June) is on time, Ash (20 June) late. */
    static final java.util.Optional<qaf.analysis.programme.ProgrammeEntry> PROGRAMME = java.util.Optional.of(
            new qaf.analysis.programme.ProgrammeEntry("school-audit", "2018", LocalDate.of(2018, 3, 14),
                    LocalDate.of(2018, 6, 15), null));

    private SchoolsFixtures() {
    }

    static SchoolAuditCycle awkwardCycle() {
        List<SchoolAuditRating> ratings = new ArrayList<>();
        for (int area = 1; area <= 14; area++) {
            ratings.add(new SchoolAuditRating("2018", "SCH1", area, area == 5 ? Rag.RED : Rag.GREEN,
                    LocalDate.of(2018, 6, 11), null));
        }
        for (int area = 1; area <= 10; area++) {
            ratings.add(new SchoolAuditRating("2018", "SCH2", area, area <= 3 ? Rag.AMBER : Rag.GREEN,
                    LocalDate.of(2018, 6, 20), null));
        }
        return new SchoolAuditCycle("2018", AGENCIES, ratings);
    }

    static List<ActionRecord> actions() {
        return List.of(
                new ActionRecord("S-1", ActionSource.SCHOOL_AUDIT, "2018", "SCH1", "Update the risk assessment.",
                        LocalDate.of(2018, 7, 1), LocalDate.of(2018, 12, 1), ActionStatus.COMPLETE,
                        LocalDate.of(2018, 11, 20), "Seen", "Re-audit green"),
                new ActionRecord("S-2", ActionSource.S11, "2018", "SCH1", "Not a school audit action.",
                        LocalDate.of(2018, 7, 1), LocalDate.of(2018, 12, 1), ActionStatus.OPEN, null, null, null));
    }

    public static BlockDocument awkwardDocument() {
        SchoolAuditCycle cycle = awkwardCycle();
        return SchoolsOverviewComposer.compose("Kestrel Vale Safeguarding Children Partnership", YEAR,
                SchoolAuditAnalysis.analyse(cycle, PROGRAMME, YEAR.end()), ActionsSection.register(actions(), AGENCIES,
                        ActionSource.SCHOOL_AUDIT, "2018", YEAR.end()));
    }
}
