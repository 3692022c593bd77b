package qaf.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.Chart;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.document.Inline;
import qaf.document.ReportDocument;
import qaf.document.TableLayout;
import qaf.document.Tone;
import qaf.privacy.ChildIdentity;
import qaf.privacy.ChildMatcher;
import qaf.privacy.SourceCells;
import qaf.publish.BuildReport;

/**
 * The screen over composed models: every place text can stand in a block document (headings,
 * paragraphs, links, table cells, published data, chart labels and alt text, metadata) and in a
 * bespoke record; board replaced with a pointer, public refused, case untouched, an unreadable model
 * refused rather than passed.
 */
class PrivacyScreenTest {
    private static final LocalDate AS_AT = LocalDate.of(2019, 3, 31);
    private static final ChildMatcher MATCHER = ChildMatcher.of(List.of(
            new ChildIdentity("CH1", "Zoë", "Wiśniewska", LocalDate.of(2009, 3, 14), "Child A"),
            new ChildIdentity("CH2", "Ruairí", "Ó Súilleabháin", LocalDate.of(2011, 7, 30), "Child B"),
            new ChildIdentity("CH3", "Aisha", "Rahman", LocalDate.of(2008, 1, 5), "Child C")));
    /** A store with no free text: every hit is attributed to no cell. */
    private static final Supplier<SourceCells> NO_SOURCES = () -> new SourceCells(MATCHER);

    private static BlockDocument document(Audience audience) {
        DocumentMeta meta = new DocumentMeta("evaluation-overview", "Kestrel Vale SCP", "Overview",
                "About Zoe Wisniewska", audience, List.of("E1"));
        DataTable grades = new DataTable("grades", List.of("Case", "Rationale"),
                List.of(List.of("C1", "Nothing to note"), List.of("C2", "Ruairí\u2019s school was not asked")));
        Chart chart = new Chart("Grades", "A chart; RAHMAN, Aisha is the outlier",
                new Chart.Bars(false, false, "Gradings", List.of("Good", "Born 14/03/2009"),
                        List.of(new Chart.Series("Final", Tone.GOOD, List.of(1, 2)))));
        return new BlockDocument(meta, "E1", "Statuses as at 31 March 2019", List.of(
                new Block.Heading(1, "Summary"),
                Block.Paragraph.of(Inline.plain("The panel heard from "), Inline.strong("Zoë Wiśniewska"),
                        Inline.plain(" and read the notes.")),
                new Block.Table(grades, TableLayout.TWO),
                new Block.Figure(chart, new DataTable("grades-chart", List.of("Grade", "Final"),
                        List.of(List.of("Good", "1"))))));
    }

    @Test
    void aBoardDocumentHasEveryHitReplacedAndEachPointedToWithoutItsText() {
        PrivacyScreen screen = new PrivacyScreen(MATCHER, Set.of(), AS_AT, NO_SOURCES);
        BlockDocument screened = screen.screen("evaluation-overview", document(Audience.BOARD));

        assertEquals("About Child A", screened.meta().subtitle());
        assertEquals("Child A", ((Block.Paragraph) screened.body().get(1)).inlines().get(1).text());
        Block.Table table = (Block.Table) screened.body().get(2);
        assertEquals("Child B\u2019s school was not asked", table.rows().get(1).get(1).text());
        assertEquals("Child B\u2019s school was not asked", table.data().rows().get(1).get(1));
        Block.Figure figure = (Block.Figure) screened.body().get(3);
        assertEquals("A chart; Child C is the outlier", figure.chart().altText());
        assertEquals(List.of("Good", "Born aged 5\u201310"), ((Chart.Bars) figure.chart().plot()).categories());
        assertEquals(List.of(), MATCHER.find(screened.toString()), "nothing identifying is left anywhere");

        BuildReport.Privacy report = screen.report();
        assertEquals(5, report.replaced());
        assertEquals(List.of("meta.subtitle", "body[2].inlines[2].text", "body[3].rows[2][2].text",
                "body[4].chart.altText", "body[4].chart.plot.categories[2]"),
                report.hits().stream().map(BuildReport.PrivacyHit::where).toList());
        assertEquals(List.of("full name", "full name", "given or family name", "full name", "date of birth"),
                report.hits().stream().map(BuildReport.PrivacyHit::found).toList());
        assertEquals(List.of(), MATCHER.find(report.toString()), "the report holds no identifying text");
    }

    @Test
    void theTrainingReportsCommentsAreScreened() {
        List<qaf.analysis.training.FeedbackResponse> feedback = List.of(new qaf.analysis.training.FeedbackResponse(
                "E1", "R1", "A", 4, 2, 4, "Zoë Wiśniewska's case made it real; born 14/03/2009."));
        BlockDocument composed = qaf.annualtraining.TrainingFixtures.document(feedback);
        PrivacyScreen screen = new PrivacyScreen(MATCHER, Set.of(), AS_AT, NO_SOURCES);
        BlockDocument screened = screen.screen("annual-report-training", composed);
        List<String> said = screened.body().stream().filter(Block.Bullets.class::isInstance)
                .flatMap(b -> ((Block.Bullets) b).texts().stream()).filter(t -> t.contains("made it real")).toList();
        assertEquals(List.of("Child A's case made it real; born aged 5\u201310."), said);
        assertEquals(List.of(), MATCHER.find(screened.toString()), "nothing identifying is left anywhere");
    }

    @Test
    void aPublicDocumentWithAHitIsRefusedAndItsMessageQuotesNothing() {
        PrivacyScreen screen = new PrivacyScreen(MATCHER, Set.of(), AS_AT, NO_SOURCES);
        PrivacyScreen.Refused refused = assertThrows(PrivacyScreen.Refused.class,
                () -> screen.screen("seven-minute-briefing", document(Audience.PUBLIC)));
        assertTrue(refused.getMessage().contains("the privacy screen found 5 children's names or dates of birth"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("meta.subtitle"), refused.getMessage());
        assertEquals(List.of(), MATCHER.find(refused.getMessage()));
        assertEquals(5, screen.report().refused());
    }

    @Test
    void aCaseDocumentIsLeftAsItIsAndAModelWithNoHitIsTheSameInstance() {
        PrivacyScreen screen = new PrivacyScreen(MATCHER, Set.of(), AS_AT, NO_SOURCES);
        BlockDocument named = document(Audience.CASE);
        assertSame(named, screen.screen("chronology", named));
        BlockDocument clean = new BlockDocument(new DocumentMeta("k", "P", "T", "", Audience.PUBLIC, List.of()), "x",
                "", List.of(new Block.Paragraph("Nothing about any child.")));
        assertSame(clean, screen.screen("k", clean));
        assertEquals(0, screen.report().hits().size());
    }

    /** A bespoke model: records of text, lists and refs, screened without a method of its own. */
    record Finding(String caseRef, String agencyCode, String text) {
    }

    record Bespoke(DocumentMeta meta, List<Finding> findings) implements ReportDocument {
        @Override
        public String name() {
            return "bespoke";
        }

        @Override
        public List<DataTable> dataTables() {
            return List.of();
        }
    }

    @Test
    void aBespokeRecordIsScreenedAndItsRowsRefsPointToTheHit() {
        PrivacyScreen screen = new PrivacyScreen(MATCHER, Set.of(), AS_AT, NO_SOURCES);
        Bespoke screened = screen.screen("agency-feedback", new Bespoke(
                new DocumentMeta("agency-feedback", "P", "Feedback", "", Audience.BOARD, List.of()),
                List.of(new Finding("C1", "KVP", "Fine"), new Finding("C2", "CSC", "Aisha's mother was not seen"))));
        assertEquals("Child C's mother was not seen", screened.findings().get(1).text());
        assertEquals("Fine", screened.findings().get(0).text());
        assertEquals(List.of("findings[2]{caseRef=C2, agencyCode=CSC}.text"),
                screen.report().hits().stream().map(BuildReport.PrivacyHit::where).toList());
    }

    record Opaque(DocumentMeta meta, StringBuilder text) implements ReportDocument {
        @Override
        public String name() {
            return "opaque";
        }

        @Override
        public List<DataTable> dataTables() {
            return List.of();
        }
    }

    @Test
    void aModelTheScreenCannotReadIsRefusedNotPassed() {
        PrivacyScreen screen = new PrivacyScreen(MATCHER, Set.of(), AS_AT, NO_SOURCES);
        Opaque opaque = new Opaque(new DocumentMeta("k", "P", "T", "", Audience.BOARD, List.of()),
                new StringBuilder("Zoë Wiśniewska"));
        DocumentText.Unreadable e = assertThrows(DocumentText.Unreadable.class, () -> screen.screen("k", opaque));
        assertTrue(e.getMessage().contains("cannot read text"), e.getMessage());
        assertFalse(e.getMessage().contains("Wi"), e.getMessage());
    }

    @Test
    void aDateOfBirthThatIsARecordDateCountsOnlyBesideAName() {
        PrivacyScreen screen = new PrivacyScreen(MATCHER, Set.of("CH1"), AS_AT, NO_SOURCES);
        BlockDocument document = new BlockDocument(new DocumentMeta("k", "P", "T", "", Audience.BOARD, List.of()),
                "x", "", List.of(new Block.Paragraph("Due 14/03/2009."),
                        new Block.Paragraph("Zoë, born 14/03/2009, was seen.")));
        BlockDocument screened = screen.screen("k", document);
        assertEquals("Due 14/03/2009.", ((Block.Paragraph) screened.body().get(0)).text());
        assertEquals("Child A, born aged 5\u201310, was seen.", ((Block.Paragraph) screened.body().get(1)).text());
        assertEquals(1, screen.report().recordDatesNotCounted());
        assertEquals(List.of("CH1"), screen.report().recordDateChildren());
        assertEquals(2, screen.report().replaced());
    }

    /**
     * The store's free text as the build screens it: the regrade rationale typed with the name, a
     * second cell naming the same child another way, a narrative file, and a row whose key is itself
     * a date of birth.
     */
    private static Supplier<SourceCells> sources(int[] calls) {
        return () -> {
            calls[0]++;
            SourceCells cells = new SourceCells(MATCHER);
            cells.add("actions.csv", List.of("action_ref"), List.of("ACT-01"), "description", "Nothing about anyone");
            cells.add("actions.csv", List.of("action_ref"), List.of("ACT-07"), "description",
                    "Ask Ruairí\u2019s school was not asked");
            cells.add("agency_evaluations.csv", List.of("evaluation_ref", "case_ref", "agency_code"),
                    List.of("E1", "C2", "CSC"), "regrade_rationale", "Ruairí\u2019s school was not asked");
            cells.add("agency_evaluations.csv", List.of("evaluation_ref", "case_ref", "agency_code"),
                    List.of("E1", "C3", "KVP"), "regrade_rationale", "Ruairi\u2019s school was not asked");
            cells.add("narrative/evaluation-overview/E1/introduction.md", List.of(), List.of(), "",
                    "We thank **Aisha Rahman**'s school.");
            cells.add("briefing_uses.csv", List.of("briefing_ref", "delivered_on"), List.of("B1", "2009-03-14"),
                    "actions_agreed", "Zoë to be invited");
            return cells;
        };
    }

    @Test
    void aHitPointsToTheDatasetCellItWasTypedIntoByFileRowKeyAndColumn() {
        int[] calls = {0};
        PrivacyScreen screen = new PrivacyScreen(MATCHER, Set.of(), AS_AT, sources(calls));
        BlockDocument document = new BlockDocument(new DocumentMeta("evaluation-overview", "P", "T", "",
                Audience.BOARD, List.of()), "x", "", List.of(
                        new Block.Paragraph("Ruairí\u2019s school was not asked"),
                        new Block.Paragraph("We thank Aisha Rahman's school."),
                        new Block.Paragraph("Zoë Wiśniewska was seen.")));
        screen.screen("evaluation-overview", document);
        screen.screen("evaluation-overview", document);
        assertEquals(1, calls[0], "the store's text is screened once, at the first hit");

        List<BuildReport.PrivacyHit> hits = screen.report().hits();
        // The name and the whole text as typed agree with two cells; "Ruairi" without its accent is not one.
        BuildReport.PrivacyHit ruairi = hits.get(0);
        assertEquals(2, ruairi.sourceCandidates());
        assertEquals(List.of(new BuildReport.Source("actions.csv", "action_ref=ACT-07", "description"),
                new BuildReport.Source("agency_evaluations.csv", "evaluation_ref=E1, case_ref=C2, agency_code=CSC",
                        "regrade_rationale")), ruairi.sources());
        // Markdown rendered is still the file's text.
        assertEquals(List.of(new BuildReport.Source("narrative/evaluation-overview/E1/introduction.md", "", "")),
                hits.get(1).sources());
        assertEquals(1, hits.get(1).sourceCandidates());
        // Zoë's full name was typed into no free-text cell: the cell with her given name is not its source.
        assertEquals(List.of(), hits.get(2).sources());
        assertEquals(0, hits.get(2).sourceCandidates());
        assertEquals(List.of(), MATCHER.find(screen.report().toString()), "the report holds no identifying text");
    }

    @Test
    void theDocumentsRowRefsTellCandidateCellsApart() {
        PrivacyScreen screen = new PrivacyScreen(MATCHER, Set.of(), AS_AT, sources(new int[1]));
        screen.screen("agency-feedback", new Bespoke(
                new DocumentMeta("agency-feedback", "P", "Feedback", "", Audience.BOARD, List.of()),
                List.of(new Finding("C2", "CSC", "Regraded: Ruairí\u2019s school was not asked."))));
        BuildReport.PrivacyHit hit = screen.report().hits().get(0);
        assertEquals(List.of(new BuildReport.Source("agency_evaluations.csv",
                "evaluation_ref=E1, case_ref=C2, agency_code=CSC", "regrade_rationale")), hit.sources());
        assertEquals(1, hit.sourceCandidates());
    }

    @Test
    void aRowKeyValueThatIsADateOfBirthIsWithheld() {
        PrivacyScreen screen = new PrivacyScreen(MATCHER, Set.of(), AS_AT, sources(new int[1]));
        screen.screen("k", new BlockDocument(new DocumentMeta("k", "P", "T", "", Audience.BOARD, List.of()), "x", "",
                List.of(new Block.Paragraph("Zoë to be invited"))));
        assertEquals(List.of(new BuildReport.Source("briefing_uses.csv", "briefing_ref=B1, delivered_on=[withheld]",
                "actions_agreed")), screen.report().hits().get(0).sources());
    }

    @Test
    void aPublicRefusalNamesTheFileRowKeyAndColumnAndQuotesNothing() {
        PrivacyScreen screen = new PrivacyScreen(MATCHER, Set.of(), AS_AT, sources(new int[1]));
        PrivacyScreen.Refused refused = assertThrows(PrivacyScreen.Refused.class, () -> screen.screen("k",
                new BlockDocument(new DocumentMeta("k", "P", "T", "", Audience.PUBLIC, List.of()), "x", "", List.of(
                        new Block.Paragraph("We thank Aisha Rahman's school."),
                        new Block.Paragraph("Zoë Wiśniewska was seen.")))));
        assertTrue(refused.getMessage().contains("at body[1].inlines[1].text (from narrative/evaluation-overview/E1/introduction.md);"
                + " body[2].inlines[1].text (typed into no free-text column"), refused.getMessage());
        assertEquals(List.of(), MATCHER.find(refused.getMessage()));
    }
}
