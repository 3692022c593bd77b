package qaf.actiontracker;

import java.time.LocalDate;
import java.util.List;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.ActionStatus;
import qaf.analysis.audit.Agency;
import qaf.calendar.ReportingYear;
import qaf.document.BlockDocument;

/** A small register whose figures are worked out by hand in {@link ActionTrackerComposerTest}. */
final class ActionTrackerFixtures {
    static final ReportingYear YEAR = new ReportingYear(2018, 4);
    static final String PARTNERSHIP = "Kestrel Vale Safeguarding Children Partnership";
    static final List<Agency> AGENCIES = List.of(
            new Agency("CSC", "Children's Social Care", "social-care", null),
            new Agency("POL", "Kestrel Vale Police", "police", null));

    private ActionTrackerFixtures() {
    }

    static ActionRecord action(String ref, ActionSource source, String sourceRef, String agency, String status,
            String due, String completed, String evidence, String impact) {
        return new ActionRecord(ref, source, sourceRef, agency, "Description of " + ref + " <&> \"quoted\"",
                LocalDate.of(2018, 6, 1), LocalDate.parse(due), ActionStatus.fromId(status),
                completed == null ? null : LocalDate.parse(completed), evidence, impact);
    }

    /**
     * As at 31/03/2019: A-1 open, due 31/01/2019 → red, 59 days; A-2 partnership-wide in progress, due
     * 01/03/2019 → red, 30 days; A-3 open, due 31/03/2019 → amber (due that day); A-4 in progress, due
     * 30/06/2019 → green; A-5 complete 10/12/2018, due 30/11/2018 → green, 10 days late, with impact;
     * A-6 partnership-wide cancelled → not rated; A-7 complete on time, no impact → green.
     */
    static List<ActionRecord> register() {
        return List.of(
                action("A-7", ActionSource.EVALUATION, "E-1", "POL", "complete", "2018-10-31", "2018-10-01",
                        "Guidance issued", null),
                action("A-1", ActionSource.EVALUATION, "E-1", "CSC", "open", "2019-01-31", null, null, null),
                action("A-2", ActionSource.REVIEW, "R-1", null, "in-progress", "2019-03-01", null,
                        "Draft circulated", ""),
                action("A-3", ActionSource.CASE, "C-1", "POL", "open", "2019-03-31", null, null, null),
                action("A-4", ActionSource.CASE, "C-2", "POL", "in-progress", "2019-06-30", null, null, null),
                action("A-5", ActionSource.S11, "2018", "CSC", "complete", "2018-11-30", "2018-12-10",
                        "Audit done", "Fewer late referrals"),
                action("A-6", ActionSource.THEMATIC, "T-1", null, "cancelled", "2018-09-01", null,
                        "Superseded", null));
    }

    static BlockDocument document() {
        return new ActionTrackerComposer().compose(PARTNERSHIP, YEAR, register(), AGENCIES);
    }

    static BlockDocument empty() {
        return new ActionTrackerComposer().compose(PARTNERSHIP, YEAR, List.of(), AGENCIES);
    }
}
