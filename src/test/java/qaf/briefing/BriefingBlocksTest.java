package qaf.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.analysis.briefing.BriefingSource;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.Inline;

/** The text-only version as blocks: the briefing's own words, in order, nothing dropped. */
class BriefingBlocksTest {
    private static List<String> headings(BlockDocument d) {
        return d.body().stream().filter(b -> b instanceof Block.Heading).map(b -> ((Block.Heading) b).text())
                .toList();
    }

    @Test
    void aHeadingPerSectionThenTheFindingsWithTheSameMetadataAndName() {
        SevenMinuteBriefing b = new BriefingComposer().compose(
                BriefingFixtures.evaluationBriefing(BriefingFixtures.sevenSections()));
        BlockDocument d = BriefingBlocks.compose(b);
        assertEquals(List.of("1. Background", "2. Key messages", "3. Why it matters", "4. What to do",
                "5. Questions", "6. Contacts", "7. Resources", "What the evaluation found"), headings(d));
        assertEquals(b.name(), d.name());
        assertEquals(Audience.PUBLIC, d.meta().audience());
        assertEquals(b.meta().title(), d.meta().title());
        assertEquals(b.kicker() + " (text-only version)", d.meta().subtitle());
        assertEquals(List.of(new Block.Paragraph(b.sourceLine()), new Block.Paragraph(b.publishedLine())),
                d.body().subList(0, 2));
        int found = d.body().indexOf(new Block.Heading(1, "What the evaluation found"));
        List<Block> findings = d.body().subList(found + 1, d.body().size());
        assertEquals(b.findings().statements(), findings.stream().filter(x -> x instanceof Block.Paragraph)
                .map(x -> ((Block.Paragraph) x).text()).toList());
        assertEquals(new Block.Bullets(b.findings().themeItems()), findings.get(findings.size() - 1));
    }

    @Test
    void aSectionsLinesAreItsParagraphsAndAPlaceholderIsInItalics() {
        BriefingSource s = new BriefingSource(BriefingFixtures.PARTNERSHIP, "7MB-T", "Test", "evaluation",
                "MACE-NOPE", null, List.of(new BriefingSource.Section(1, "Background", "First line.\n\nSecond line."),
                        new BriefingSource.Section(2, "Empty", " ")), null, null, List.of());
        SevenMinuteBriefing b = new BriefingComposer().compose(s);
        List<Block> body = BriefingBlocks.compose(b).body();
        int first = body.indexOf(new Block.Heading(1, "1. Background"));
        assertEquals(List.of(new Block.Paragraph("First line."), new Block.Paragraph("Second line.")),
                body.subList(first + 1, first + 3));
        int empty = body.indexOf(new Block.Heading(1, "2. Empty"));
        assertEquals(Block.Paragraph.of(Inline.emphasis(b.panels().get(1).text())), body.get(empty + 1));
        // Without the evaluation's findings the aside says how to use a briefing, then its notes, as the PDF does.
        int aside = body.indexOf(new Block.Heading(1, "About this briefing"));
        assertTrue(aside > empty, body.toString());
        assertEquals(new Block.Paragraph(BriefingAside.HOW_TO_USE), body.get(aside + 1));
        assertEquals(b.notes().stream().map(n -> new Block.Paragraph("Note: " + n)).toList(),
                body.subList(aside + 2, body.size()));
        assertTrue(!b.notes().isEmpty(), "the briefing lacks its evaluation: a note says so");
    }
}
