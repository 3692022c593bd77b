package qaf.s11overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.ActionStatus;
import qaf.analysis.audit.Agency;
import qaf.analysis.audit.Section11Analysis;
import qaf.analysis.audit.Section11Cycle;
import qaf.analysis.audit.Section11Return;
import qaf.analysis.audit.Section11Score;
import qaf.compose.ActionsSection;
import qaf.document.BlockDocument;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.ReportingYear;
import qaf.calendar.WorkingDays;

/**
 * Small hand-made Section 11 cycles, shared by the composer, PDF and contract tests. The "awkward"
 * cycle holds the bad input: a return with no scores (Beta), a standard scored by nobody (8),
 * an agency that did not return (Gamma).
 */
public final class S11Fixtures {
    public static final ReportingYear YEAR = new ReportingYear(2018, 4);
    static final WorkingDays WD = new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES));
    static final LocalDate OPENED = LocalDate.of(2018, 4, 2);
    static final LocalDate DUE = LocalDate.of(2018, 9, 28);
    static final List<Agency> AGENCIES = List.of(
            new Agency("AAA", "Alpha Agency", "health", null),
            new Agency("BBB", "Beta Agency", "police", null),
            new Agency("CCC", "Gamma Agency", "voluntary", null));

    private S11Fixtures() {
    }

    /** Alpha: on time, panel, standards 1–7 self 2, std 1 moderated to 1, std 2 kept at 2; Beta: late, no scores; Gamma: none. */
    static Section11Cycle awkwardCycle() {
        List<Section11Score> scores = new ArrayList<>();
        for (int s = 1; s <= 7; s++) {
            Integer moderated = s == 1 ? Integer.valueOf(1) : s == 2 ? Integer.valueOf(2) : null;
            scores.add(new Section11Score("2018", "AAA", s, 2, moderated, null, null, null));
        }
        return new Section11Cycle("2018", AGENCIES, List.of(
                new Section11Return("2018", "AAA", OPENED, DUE, LocalDate.of(2018, 9, 20), true),
                new Section11Return("2018", "BBB", OPENED, DUE, LocalDate.of(2018, 10, 5), false),
                new Section11Return("2018", "CCC", OPENED, DUE, null, false)), scores);
    }

    /** One agency asked, one return, all eight standards self 3 and none moderated. */
    static Section11Cycle singleReturnCycle() {
        List<Section11Score> scores = new ArrayList<>();
        for (int s = 1; s <= 8; s++) {
            scores.add(new Section11Score("2018", "AAA", s, 3, null, null, null, null));
        }
        return new Section11Cycle("2018", AGENCIES, List.of(
                new Section11Return("2018", "AAA", OPENED, DUE, LocalDate.of(2018, 9, 1), false)), scores);
    }

    /** An earlier cycle: Alpha self 1 on every standard. */
    static Section11Cycle earlierCycle() {
        List<Section11Score> scores = new ArrayList<>();
        for (int s = 1; s <= 8; s++) {
            scores.add(new Section11Score("2016", "AAA", s, 1, null, null, null, null));
        }
        return new Section11Cycle("2016", AGENCIES, List.of(
                new Section11Return("2016", "AAA", LocalDate.of(2016, 4, 1), LocalDate.of(2016, 9, 30),
                        LocalDate.of(2016, 9, 1), false)), scores);
    }

    static List<ActionRecord> actions() {
        return List.of(
                action("A-1", ActionSource.S11, "2018", "AAA", "Refresh the safeguarding policy.", "2019-01-31",
                        ActionStatus.OPEN),
                action("A-2", ActionSource.S11, "2016", "AAA", "An action of the earlier cycle.", "2017-01-31",
                        ActionStatus.OPEN),
                action("A-3", ActionSource.SCHOOL_AUDIT, "2018", "AAA", "A school audit action.", "2019-01-31",
                        ActionStatus.OPEN),
                action("A-4", ActionSource.S11, "2018", null, "Run a partnership-wide training week.", "2019-06-30",
                        ActionStatus.IN_PROGRESS));
    }

    static ActionRecord action(String ref, ActionSource source, String sourceRef, String agency, String text,
            String due, ActionStatus status) {
        return new ActionRecord(ref, source, sourceRef, agency, text, LocalDate.of(2018, 11, 1), LocalDate.parse(due),
                status, null, null, null);
    }

    /** The awkward cycle, compared with the earlier one, with the fixture actions. */
    public static BlockDocument awkwardDocument() {
        return compose(awkwardCycle(), Optional.of(earlierCycle()), actions());
    }

    public static BlockDocument singleReturnDocument() {
        return compose(singleReturnCycle(), Optional.empty(), List.of());
    }

    static BlockDocument compose(Section11Cycle cycle, Optional<Section11Cycle> previous,
            List<ActionRecord> actions) {
        ActionRegister register = ActionsSection.register(actions, AGENCIES, ActionSource.S11, cycle.cycle(),
                YEAR.end());
        return S11OverviewComposer.compose("Kestrel Vale Safeguarding Children Partnership", YEAR,
                Section11Analysis.analyse(cycle, previous, YEAR.end(), WD), register);
    }
}
