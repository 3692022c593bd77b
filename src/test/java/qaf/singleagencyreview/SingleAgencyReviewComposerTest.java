package qaf.singleagencyreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.BlockDocument;

/** The letter's due date and the report's pre-filled parts, on {@link SingleAgencyReviewFixtures}. */
class SingleAgencyReviewComposerTest {
    private final BlockDocument doc = SingleAgencyReviewFixtures.document();

    private static String due(LocalDate letter, LocalDate completed) {
        return SingleAgencyReviewComposer.due(SingleAgencyReviewFixtures.review(letter, completed, null),
                SingleAgencyReviewFixtures.ENGLAND, SingleAgencyReviewFixtures.AS_AT);
    }

    @Test
    void dueThreeWeeksAfterTheLetterInCalendarDaysAndMeasuredAsAtTheBuildsDay() {
        assertEquals("29 November 2018. Not completed as at 31 March 2019: overdue by 122 days.",
                due(LocalDate.of(2018, 11, 8), null));
        assertEquals("29 November 2018. Completed on 29 November 2018, on time.",
                due(LocalDate.of(2018, 11, 8), LocalDate.of(2018, 11, 29)));
        assertEquals("29 November 2018. Completed on 30 November 2018, 1 day late.",
                due(LocalDate.of(2018, 11, 8), LocalDate.of(2018, 11, 30)));
        assertEquals("9 April 2019. Not completed as at 31 March 2019; not yet due.",
                due(LocalDate.of(2019, 3, 19), null));
        assertEquals("Three weeks after the letter; no letter date is recorded yet.", due(null, null));
    }

    @Test
    void aDueDayThatIsABankHolidayIsSaidToBeOne() {
        // 4 December 2018 + 21 days = Christmas Day.
        assertTrue(due(LocalDate.of(2018, 12, 4), null).startsWith("25 December 2018 (not a working day)."));
    }

    @Test
    void theLettersLinesOfEnquiryAreNumberedOnePerStoredLine() {
        Block.Bullets lines = (Block.Bullets) doc.body().get(doc.body().indexOf(new Block.Heading(2,
                "Lines of enquiry")) + 2);
        assertTrue(lines.numbered());
        assertEquals(List.of("Why was the notification shared 6 days after the incident?",
                "Who decides what is shared?"), lines.texts(), "the blank line is left out");
        BlockDocument none = new SingleAgencyReviewComposer().compose(SingleAgencyReviewFixtures.PARTNERSHIP,
                new qaf.calendar.ReportingYear(2018, 4), SingleAgencyReviewFixtures.AS_AT,
                SingleAgencyReviewFixtures.ENGLAND, SingleAgencyReviewFixtures.review(null, null, " "),
                SingleAgencyReviewFixtures.AGENCIES);
        assertEquals(new Block.Paragraph("The panel's lines of enquiry are not recorded for this review."),
                none.body().get(none.body().indexOf(new Block.Heading(2, "Lines of enquiry")) + 1));
    }

    @Test
    void appendixAsFiveQuestionsAreSectionsToComplete() {
        for (String q : SingleAgencyReviewComposer.QUESTIONS) {
            int at = doc.body().indexOf(new Block.Heading(3, q));
            assertTrue(at > doc.body().indexOf(new Block.Heading(2, "Analysis")), q);
            assertEquals(new Block.Paragraph(SingleAgencyReviewComposer.TO_COMPLETE), doc.body().get(at + 1));
        }
    }

    @Test
    void theLetterComesFirstThenTheReportWithTheAgencysOwnChronologyAndActionPlan() {
        List<Block> body = doc.body();
        int letter = body.indexOf(new Block.Heading(1, "Request for a single agency review"));
        int report = body.indexOf(new Block.Heading(1, "Single Agency Analysis Report"));
        assertEquals(0, letter);
        assertTrue(body.get(report - 1) instanceof Block.PageBreak, "the report starts on its own page");
        assertTrue(body.indexOf(new Block.Heading(2, "Action plan")) > body.indexOf(new Block.Heading(2,
                "Recommendations")));
        assertEquals(List.of("chronology", "actions"), doc.dataTables().stream().map(t -> t.name())
                .filter(n -> n.equals("chronology") || n.equals("actions")).toList());
        assertEquals(2, doc.dataTables().stream().filter(t -> t.name().equals("chronology")).findFirst()
                .orElseThrow().rows().size());
    }

    @Test
    void caseAudienceNamedByTheReviewWithRefsOnlyInItsTitle() {
        assertEquals(Audience.CASE, doc.meta().audience());
        assertEquals("SAR-T1", doc.name());
        assertEquals("Single agency review SAR-T1", doc.meta().title());
        assertEquals(List.of("SAR-T1", "KVP", "CH-K1", "C-0407"), doc.meta().refs());
    }
}
