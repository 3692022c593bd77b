package qaf.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.DocumentMeta;
import qaf.document.Inline;

class NarrativesTest {
    private static final DocumentMeta META = new DocumentMeta("annual-report-audit", "Kestrel Vale Safeguarding"
            + " Children Partnership", "Audit and Scrutiny annual report 2018-19", "", Audience.BOARD, List.of("2018-19"));

    private static BlockDocument document() {
        return new BlockDocument(META, "annual-report-audit-2018-19", "Statuses as at 31 March 2019", List.of(
                new Block.Heading(1, "Summary of the year"), new Block.Paragraph("Figures."),
                new Block.Heading(1, "Case evaluations"), new Block.Heading(2, "By agency"),
                new Block.Paragraph("A table.")));
    }

    @Test
    void markdownBecomesBlocksWithEmphasisListsLinksAndRelativeHeadings() {
        List<Block> blocks = Markdown.blocks("""
                ### What we learnt

                The panel was **clear**: *early help* works. See [the plan](https://example.org/plan).

                1. First point
                2. Second, with `code` and <b>tags</b>

                - a bullet
                  - a nested one
                """, 1);
        assertEquals(new Block.Heading(2, "What we learnt"), blocks.get(0));
        Block.Paragraph p = assertInstanceOf(Block.Paragraph.class, blocks.get(1));
        assertEquals(List.of(Inline.plain("The panel was "), Inline.strong("clear"), Inline.plain(": "),
                Inline.emphasis("early help"), Inline.plain(" works. See "),
                Inline.link("the plan", "https://example.org/plan"), Inline.plain(".")), p.inlines());
        Block.Bullets numbered = assertInstanceOf(Block.Bullets.class, blocks.get(2));
        assertEquals(true, numbered.numbered());
        assertEquals(List.of("First point", "Second, with code and <b>tags</b>"), numbered.texts());
        Block.Bullets bullets = assertInstanceOf(Block.Bullets.class, blocks.get(3));
        assertEquals(List.of("a bullet\n\u2013 a nested one"), bullets.texts());
    }

    @Test
    void headingsNeverSkipALevelWhateverTheTextSkips() {
        List<Block> blocks = Markdown.blocks("# Top\n\n#### Deep\n\ntext", 0);
        assertEquals(new Block.Heading(1, "Top"), blocks.get(0));
        assertEquals(new Block.Heading(2, "Deep"), blocks.get(1));
    }

    @Test
    void slugsAreLowerCaseWordsJoinedByDashes() {
        assertEquals("case-evaluations", Markdown.slug("Case evaluations"));
        assertEquals("partnership-effectiveness-and-the-child-s-voice",
                Markdown.slug("Partnership effectiveness and the child\u2019s voice"));
        assertEquals("seance-resume", Markdown.slug("Séance: résumé"));
    }

    @Test
    void piecesGoWhereTheirNamesSayAndTheRestIsReported() {
        Narratives.Placed placed = Narratives.place(document(), List.of(
                new Narratives.Piece("case-evaluations", "Our commentary."),
                new Narratives.Piece(Narratives.FOREWORD, "A foreword."),
                new Narratives.Piece(Narratives.CLOSING, "### Thanks\n\nTo every agency."),
                new Narratives.Piece("no-such-section", "Lost?")));
        List<Block> body = placed.document().body();
        assertEquals(new Block.Paragraph("A foreword."), body.get(0));
        assertEquals(new Block.Heading(1, "Summary of the year"), body.get(1));
        assertEquals(new Block.Heading(1, "Case evaluations"), body.get(3));
        assertEquals(new Block.Paragraph("Our commentary."), body.get(4));
        assertEquals(new Block.Heading(2, "By agency"), body.get(5));
        assertEquals(new Block.Heading(1, "Thanks"), body.get(body.size() - 2));
        assertEquals(new Block.Paragraph("To every agency."), body.get(body.size() - 1));
        assertEquals(List.of("no-such-section"), placed.unplaced());
    }
}
