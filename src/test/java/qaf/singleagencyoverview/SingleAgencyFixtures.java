package qaf.singleagencyoverview;

import java.time.LocalDate;
import java.util.List;
import qaf.analysis.audit.Agency;
import qaf.analysis.audit.HowActioned;
import qaf.analysis.audit.SingleAgencyAudit;
import qaf.analysis.audit.SingleAgencyAuditYear;
import qaf.calendar.ReportingYear;
import qaf.document.BlockDocument;

/** A small year whose figures are worked out by hand in {@link SingleAgencyOverviewComposerTest}. */
final class SingleAgencyFixtures {
    static final ReportingYear YEAR = new ReportingYear(2018, 4);
    static final String PARTNERSHIP = "Kestrel Vale Safeguarding Children Partnership";
    static final String LONG_ENDING = "and this is the last sentence of the longest recommendation";
    static final List<Agency> AGENCIES = List.of(
            new Agency("CSC", "Children's Social Care", "social-care", null),
            new Agency("EDU", "Education Safeguarding Team", "education", null),
            new Agency("HLT", "Community Health (HLT)", "health", null),
            new Agency("POL", "Kestrel Vale Police", "police", null),
            new Agency("SCH1", "Siskin Brook Primary School", "education", "EDU"));

    private SingleAgencyFixtures() {
    }

    static String longText() {
        StringBuilder s = new StringBuilder();
        int n = 1;
        while (s.length() < 6_000) {
            s.append(n++).append(". Re-audit the voice of the child & \"fathers\" <in 6 months>.\n");
        }
        return s.append(LONG_ENDING).toString();
    }

    /**
     * CSC on time (01/02/2019, workshop, outcomes blank, a long recommendations text); HLT asked and
     * not received; POL late (10/04/2019 is 10 days after 31/03/2019), every section blank, how not
     * stated; EDU has no row; SCH1 is a school, outside this audit.
     */
    static SingleAgencyAuditYear year() {
        return new SingleAgencyAuditYear("2018-19", AGENCIES, List.of(
                new SingleAgencyAudit("2018-19", "POL", LocalDate.of(2019, 4, 10), null, null, " ", null, null,
                        null, null),
                new SingleAgencyAudit("2018-19", "CSC", LocalDate.of(2019, 2, 1), "12 case file audits.",
                        "Monthly scorecard.", "Practice is mostly safe.", null, "Please support joint audits.",
                        longText(), HowActioned.WORKSHOP),
                new SingleAgencyAudit("2018-19", "HLT", null, null, null, null, null, null, null, null)));
    }

    static BlockDocument document() {
        return new SingleAgencyOverviewComposer().compose(PARTNERSHIP, YEAR, year());
    }

    /**
     * Version 2's appendix E: CSC completed by a named lead, with a main body, two appendices, two ticks
     * and an invitation to the moderation panel; POL ticked author attending and workshop, also invited.
     */
    static BlockDocument version2() {
        return new SingleAgencyOverviewComposer().compose(PARTNERSHIP, YEAR, new SingleAgencyAuditYear("2018-19",
                AGENCIES, List.of(
                        new SingleAgencyAudit("2018-19", "CSC", LocalDate.of(2019, 2, 1), "12 case file audits.",
                                null, null, null, null, null, HowActioned.DISCUSSION,
                                "Aoife Ó Súilleabháin, Head of QA", "The full audits & \"PI\" pack.",
                                "A. Audit tool\nB. Scorecard", true,
                                List.of(HowActioned.DISCUSSION, HowActioned.WORKSHOP)),
                        new SingleAgencyAudit("2018-19", "POL", LocalDate.of(2019, 3, 1), "Dip sample.", null, null,
                                null, null, null, HowActioned.AUTHOR_ATTENDING, null, null, null, true,
                                List.of(HowActioned.AUTHOR_ATTENDING, HowActioned.WORKSHOP)))));
    }

    static BlockDocument empty() {
        return new SingleAgencyOverviewComposer().compose(PARTNERSHIP, YEAR,
                new SingleAgencyAuditYear("2018-19", AGENCIES, List.of()));
    }
}
