package qaf.briefing;

import java.util.ArrayList;
import java.util.List;
import qaf.briefing.SevenMinuteBriefing.Panel;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.DocumentMeta;
import qaf.document.Inline;
import qaf.render.Renderer;
import qaf.render.docx.BlockDocx;

/**
 * The "text-only version" partnerships publish beside the designed briefing, as blocks: linear and
 * accessible, a level-1 heading per section in order, each paragraph of a section its own
 * paragraph, then what the evaluation found and any notes. Nothing is laid out in columns or boxes,
 * so it is rendered by the one block DOCX renderer; the words are the briefing's own, as the
 * designed PDF ({@link BriefingPdf}) shows them.
 */
public final class BriefingBlocks {
    /** Ends the DOCX's subtitle: the words that name its format, as "Page n of m" names the PDF's pages. */
    public static final String TEXT_ONLY = " (text-only version)";

    private BriefingBlocks() {
    }

    public static BlockDocument compose(SevenMinuteBriefing b) {
        DocumentMeta m = b.meta();
        DocumentMeta meta = new DocumentMeta(m.kind(), m.partnershipName(), m.title(), b.kicker() + TEXT_ONLY,
                m.audience(), m.refs());
        List<Block> body = new ArrayList<>();
        body.add(new Block.Paragraph(b.sourceLine()));
        body.add(new Block.Paragraph(b.publishedLine()));
        for (Panel p : b.panels()) {
            body.add(new Block.Heading(1, p.number() + ". " + p.heading()));
            if (p.placeholder()) {
                body.add(Block.Paragraph.of(Inline.emphasis(p.text())));
                continue;
            }
            for (String paragraph : p.text().split("\\n")) {
                if (!paragraph.isBlank()) {
                    body.add(new Block.Paragraph(paragraph.strip()));
                }
            }
        }
        body.add(new Block.Heading(1, BriefingAside.heading(b)));
        List<String> items = new ArrayList<>();
        for (BriefingAside.Line line : BriefingAside.lines(b)) {
            if (line.kind() == BriefingAside.Line.Kind.ITEM) {
                items.add(line.text());
                continue;
            }
            if (!items.isEmpty()) {
                body.add(new Block.Bullets(List.copyOf(items)));
                items.clear();
            }
            body.add(new Block.Paragraph(line.printed()));
        }
        if (!items.isEmpty()) {
            body.add(new Block.Bullets(List.copyOf(items)));
        }
        return new BlockDocument(meta, b.name(), "", body);
    }

    /** The text-only version as an editable Word document on the house style. */
    static Renderer<SevenMinuteBriefing> docx() {
        BlockDocx blocks = new BlockDocx();
        return (b, context, out) -> blocks.render(compose(b), context, out);
    }
}
