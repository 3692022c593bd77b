package qaf.singleagencyreview;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.ActionStatus;
import qaf.analysis.audit.Agency;
import qaf.analysis.chronology.ChronologySource;
import qaf.analysis.review.Decision;
import qaf.analysis.review.Review;
import qaf.analysis.review.ReviewType;
import qaf.analysis.review.SingleAgencyReviewData;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.ReportingYear;
import qaf.calendar.StrictDates;
import qaf.calendar.WorkingDays;
import qaf.document.BlockDocument;

/**
 * A hand-made single agency review of the police: letter on Thursday 8 November 2018, so due 21
 * calendar days later on Thursday 29 November; not completed, so overdue by 122 days at 31 March
 * 2019. Two lines of enquiry, two police entries (one approximate, one with the child's voice) and one
 * action; awkward text stays literal.
 */
public final class SingleAgencyReviewFixtures {
    public static final String PARTNERSHIP = "Kestrel Vale Safeguarding Children Partnership";
    public static final LocalDate AS_AT = LocalDate.of(2019, 3, 31);
    public static final WorkingDays ENGLAND = new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES));
    public static final List<Agency> AGENCIES = List.of(new Agency("CSC", "Children's Social Care", "social-care", null),
            new Agency("KVP", "Kestrel Vale Police", "police", null));

    private SingleAgencyReviewFixtures() {
    }

    public static SingleAgencyReviewData review(LocalDate letter, LocalDate completed, String lines) {
        Review r = new Review("SAR-T1", ReviewType.SINGLE_AGENCY_REVIEW, "Child K",
                "Practice limited to one agency <&> ${x}", LocalDate.of(2018, 10, 7), null, Decision.INITIATE,
                LocalDate.of(2018, 10, 31), letter, letter, completed, null,
                "Share notifications within 24 hours.\nSupervise \"hidden\" adults' checks.", null, lines);
        return new SingleAgencyReviewData(r, "KVP", "Kestrel Vale Police", "Siobhán Ní Bhriain, DI Safeguarding",
                "Delay in sharing a domestic abuse notification with children's services.",
                new SingleAgencyReviewData.Child("CH-K1", "Zoë", "Łukasiewicz-O'Neill", LocalDate.of(2009, 2, 14),
                        "Child K", "Female", null),
                List.of("C-0407"),
                List.of(new ChronologySource.Row("KVP", "P-1", StrictDates.parsePartial("2018-09"), null, true,
                                "Domestic abuse incident reported by a neighbour", "Police log", "", "", "negative",
                                false),
                        new ChronologySource.Row("KVP", "P-2", StrictDates.parsePartial("2018-09-21"),
                                LocalTime.of(14, 5), false, "Officers visited; notification drafted",
                                "Incident record", "Said she \"hides upstairs\"", "Notification sent 6 days later",
                                "", true)),
                List.of(new ActionRecord("ACT-9", ActionSource.REVIEW, "SAR-T1", "KVP",
                        "Send every domestic abuse notification within 24 hours; audit 20 in March.",
                        LocalDate.of(2019, 1, 9), LocalDate.of(2019, 3, 9), ActionStatus.IN_PROGRESS, null, null,
                        null)));
    }

    /** The awkward review: letter sent, not completed, two lines of enquiry. */
    public static BlockDocument document() {
        return new SingleAgencyReviewComposer().compose(PARTNERSHIP, new ReportingYear(2018, 4), AS_AT, ENGLAND,
                review(LocalDate.of(2018, 11, 8), null,
                        "Why was the notification shared 6 days after the incident?\n\nWho decides what is shared?"),
                AGENCIES);
    }
}
