package qaf.annualtraining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import qaf.analysis.training.TrainingAnalysis;
import qaf.analysis.training.TrainingYear;
import qaf.document.BlockDocument;
import qaf.document.Block;
import qaf.analysis.briefing.BriefingUseRollup;
import qaf.document.DataTable;
import org.junit.jupiter.api.Test;

/** The wording of the hand-made year (TrainingFixtures); figures worked out by hand. */
class AnnualTrainingComposerTest {
    private final BlockDocument doc = TrainingFixtures.document();

    @Test
    void opensWithTheSummaryOfHeadlineFigures() {
        assertEquals(new Block.Heading(1, "Summary"), doc.body().get(0));
        // The summary has its page to itself: the next section starts after a page break.
        int next = doc.body().indexOf(new Block.Heading(1, "Learning events"));
        assertEquals(new Block.PageBreak(), doc.body().get(next - 1));
        DataTable summary = table("summary");
        assertEquals(List.of("Learning events held", "3 (2 courses, 1 webinar)"), summary.rows().get(0));
        assertEquals(List.of("Attendees", "6 from 2 agencies"), summary.rows().get(1));
        assertEquals(List.of("Agencies reached by an event", "2 of 4; 2 agencies absent"),
                summary.rows().get(2));
        // 4 responses of 6 attendees = 66.7% → 67%.
        assertEquals(List.of("Feedback responses", "4 (67% of attendees)"), summary.rows().get(3));
        assertEquals(List.of("Mean rating (1 to 5)", "3.25"), summary.rows().get(4));
        // Before 9/3 = 3.00, after 8/3 = 2.67, change -1/3 = -0.33.
        assertEquals(List.of("Confidence before and after (1 to 5)",
                "3.00 before, 2.67 after: change -0.33 (respondents scoring both)"), summary.rows().get(5));
        assertEquals(List.of("Respondents whose confidence rose", "1 of 3"), summary.rows().get(6));
        assertEquals(List.of("Seven-minute briefings", "1 published; 1 session by 1 agency"), summary.rows().get(7));
        assertEquals(List.of("Learning needs addressed by an event", "3 of 4"), summary.rows().get(8));
        // Gamma had no event but cascaded a briefing: only Delta is reached by neither.
        assertEquals(List.of("Agencies reached by an event or a briefing session", "3 of 4"),
                summary.rows().get(9));
        assertEquals(List.of("Priorities arising", "3"), summary.rows().get(10));
    }

    @Test
    void closesWithPrioritiesDerivedFromTheFigures() {
        List<Block> body = doc.body();
        assertEquals(new Block.Heading(1, "Priorities arising"), body.get(body.size() - 3));
        Block.Bullets priorities = (Block.Bullets) body.get(body.size() - 1);
        assertEquals(List.of(
                "Reach the agencies with no attendance and no briefing session: 1 agency of 4 (Delta Service).",
                "Plan learning for the needs no event addressed: 1 of 4 (R-2, Neglect).",
                // E1 mean 8/2 = 4.00, E2 5/2 = 2.50; E3 had no responses and is not ranked.
                "Review the lowest-rated event, E2 (Neglect webinar): mean 2.50 from 2 responses, against the"
                        + " year's mean of 3.25."),
                priorities.texts());
    }

    @Test
    void aLowResponseIsAPriority() {
        // One response from 6 attendees (17%) is below half.
        TrainingYear t = TrainingAnalysis.analyse(TrainingFixtures.YEAR, TrainingFixtures.EVENTS,
                TrainingFixtures.ATTENDANCE, TrainingFixtures.FEEDBACK.subList(1, 2), TrainingFixtures.AGENCIES,
                TrainingFixtures.NEEDS);
        List<String> p = TrainingPriorities.of(t, TrainingFixtures.rollup());
        assertTrue(p.contains("Raise the feedback response: 1 of 6 (17%) attendees responded, so the confidence"
                + " figures speak for fewer than half."), p.toString());
    }

    @Test
    void confidenceChartSeriesIsPublishedAndItsAltTextStatesTheData() {
        Block.Figure chart = doc.body().stream().filter(Block.Figure.class::isInstance).map(Block.Figure.class::cast)
                .findFirst().orElseThrow();
        assertEquals(List.of(List.of("Before", "0", "1", "1", "1", "0"), List.of("After", "1", "0", "1", "1", "0")),
                chart.series().rows());
        assertEquals("Stacked bar chart of the confidence of 3 respondents from 1 (lowest) to 5 (highest)."
                + " Before: 0 at 1, 1 at 2, 1 at 3, 1 at 4, 0 at 5. After: 1 at 1, 0 at 2, 1 at 3, 1 at 4, 0 at 5.",
                chart.chart().altText());
    }

    @Test
    void needsTableStatesWhichEventsAddressedEachNeed() {
        assertEquals(List.of(List.of("MACE-1: Neglect", "Evaluation", "10/05/2018", "E1, E2"),
                List.of("MACE-2: Planning ", "Evaluation", "01/09/2018", "E3"),
                List.of("RR-1: Rapid review", "Review", "01/07/2018", "E3"),
                List.of("R-2: Neglect", "Review", "01/08/2018", "None")), table("learning-needs").rows());
    }

    @Test
    void whatRespondentsSaidIsShownGroupedByEvent() {
        List<Block> body = doc.body();
        int at = body.indexOf(new Block.Heading(2, "What respondents said"));
        assertTrue(at > 0, "the comments sub-section");
        // E1's blank comment (R2) is left out; E0 was last year's, E3 had no comment: neither is listed.
        assertEquals(new Block.Heading(3, "E1: Neglect <&> ${theme} (1 comment)"), body.get(at + 2));
        assertEquals(List.of("Clear examples; I will use the <neglect> toolkit & the \"${theme}\" checklist with"
                + " my team."), ((Block.Bullets) body.get(at + 3)).texts());
        assertEquals(new Block.Heading(3, "E2: Neglect webinar (1 comment)"), body.get(at + 4));
        assertEquals(List.of("Would like a follow-up session on the Graded Care Profile 2 — the sound dropped out"
                + " twice."), ((Block.Bullets) body.get(at + 5)).texts());
        assertEquals(new Block.Heading(1, "Confidence before and after"), body.get(at + 6));
    }

    @Test
    void anEmptyYearRendersPlainSentences() {
        TrainingYear empty = TrainingAnalysis.analyse(TrainingFixtures.YEAR, List.of(), List.of(), List.of(),
                TrainingFixtures.AGENCIES, List.of());
        BlockDocument d = AnnualTrainingComposer.compose(TrainingFixtures.PARTNERSHIP, TrainingFixtures.YEAR,
                empty, BriefingUseRollup.of(List.of(), List.of(), List.of()), 0);
        List<String> paragraphs = d.body().stream().filter(Block.Paragraph.class::isInstance)
                .map(b -> ((Block.Paragraph) b).text()).toList();
        assertTrue(paragraphs.contains("No learning event was held in the year."));
        assertTrue(paragraphs.contains("No feedback was recorded for the year's events."));
        assertTrue(paragraphs.contains("No respondent scored their confidence both before and after an event."));
        assertEquals(List.of("Mean rating (1 to 5)", "\u2013"), table(d, "summary").rows().get(4));
    }

    private DataTable table(String name) {
        return table(doc, name);
    }

    private static DataTable table(BlockDocument d, String name) {
        return d.dataTables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * Issue 14: the training report said "in 33 teams" over a table whose Teams column adds up to 56 (a team
     * that cascaded several briefings counts under each), without saying which is which.
     */
    @Test
    void teamsReachedWasADistinctCountOverAColumnItDoesNotSum() {
        // Gamma's staff team cascaded two briefings: 1 distinct agency and team, 2 in the columns.
        BriefingUseRollup twice = BriefingUseRollup.of(List.of(new BriefingUseRollup.Named("7MB-1", "Neglect"),
                new BriefingUseRollup.Named("7MB-2", "Bruising")),
                TrainingFixtures.AGENCIES.stream().map(a -> new BriefingUseRollup.Named(a.code(), a.name())).toList(),
                List.of(new qaf.analysis.briefing.BriefingUse("7MB-1", "C", java.time.LocalDate.of(2018, 9, 3), "Staff",
                        12, "Re-check the policy"), new qaf.analysis.briefing.BriefingUse("7MB-2", "C",
                                java.time.LocalDate.of(2018, 10, 3), "Staff", 10, "Body maps")));
        BlockDocument d = AnnualTrainingComposer.compose("P", TrainingFixtures.YEAR, TrainingFixtures.year(), twice, 2);
        String text = String.join("\n", d.body().stream().filter(b -> b instanceof Block.Paragraph)
                .map(b -> ((Block.Paragraph) b).text()).toList());
        assertTrue(text.contains("delivered by 1 of 4 agencies to 22 attendees in 1 distinct team;"), text);
        assertTrue(text.contains("Agencies and Teams count each agency and each team under every briefing it"
                + " cascaded, so they add up to 2 and 2; the 1 agency and 1 team above count each once."), text);
    }
}
